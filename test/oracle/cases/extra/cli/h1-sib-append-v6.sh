ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 80 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables -A INPUT -j DROP
ip6tables -S
ip6tables -L -n
ip6tables -L -n -v
ip6tables-save
iptables-legacy -A INPUT -p tcp --dport 22 -j ACCEPT
iptables-legacy -S
iptables-nft -A OUTPUT -p udp --dport 53 -j ACCEPT
iptables-nft -S OUTPUT
iptables -A FORWARD -p tcp --sport 1024:65535 --dport 443 -j ACCEPT
iptables -A FORWARD -p udp -s 192.168.1.0/24 -d 10.0.0.1 -j REJECT
iptables -S FORWARD
iptables -L FORWARD -n
iptables -L FORWARD
iptables -L FORWARD -n -v -x
iptables -L FORWARD -n --line-numbers
ip6tables -A OUTPUT -d 2001:db8::1 -p udp --dport 53 -j ACCEPT
ip6tables -A OUTPUT -s fe80::/10 -j DROP
ip6tables -S OUTPUT
ip6tables -L OUTPUT -n --line-numbers
ip6tables -L OUTPUT
