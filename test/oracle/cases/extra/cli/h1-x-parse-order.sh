iptables -A INPUT --dport 22 -p tcp -j ACCEPT
iptables -A INPUT -j ACCEPT -p tcp --dport 22
iptables -A INPUT -m tcp -p tcp --dport 23 -j ACCEPT
iptables -A INPUT -p tcp -m udp --dport 24 -j ACCEPT
iptables -A INPUT -p udp -m tcp --dport 25 -j ACCEPT
iptables -A INPUT -p tcp --dport 26 -m udp --dport 27 -j ACCEPT
iptables -A INPUT -p tcp --dport 28 -m tcp --sport 29 -j ACCEPT
iptables -A INPUT ! -p tcp -j ACCEPT
iptables -A INPUT -p ! tcp -j ACCEPT
iptables -A INPUT ! ! -p tcp -j ACCEPT
iptables -A INPUT ! -j ACCEPT
iptables -A INPUT -j ACCEPT !
iptables -A INPUT -p tcp ! ! --dport 30 -j ACCEPT
iptables -A INPUT -s ! 1.1.1.1 -j ACCEPT
iptables -A INPUT ! -s 1.1.1.1 ! -d 2.2.2.2 -j ACCEPT
iptables -A INPUT -p tcp ! --syn -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ! SYN SYN -j ACCEPT
iptables -A INPUT -p tcp ! --tcp-flags ALL NONE -j DROP
iptables -A INPUT -p tcp --tcp-flags ALL FIN,URG,PSH -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN,FIN SYN,FIN -j DROP
iptables -A INPUT -p tcp --tcp-option 8 -j DROP
iptables -A INPUT -p tcp ! --tcp-option 2 -j DROP
iptables -A INPUT -p tcp --tcp-flags BOGUS SYN -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN -j DROP
iptables -A INPUT -p tcp --tcp-option 256 -j DROP
iptables -A INPUT -m conntrack ! --ctstate NEW -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ! NEW -j ACCEPT
iptables -A INPUT -m state ! --state INVALID -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW,UNTRACKED,SNAT,DNAT -j ACCEPT
iptables -A INPUT -m conntrack --ctproto tcp --ctorigdst 1.2.3.4 --ctorigdstport 80 -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus ASSURED,SEEN_REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 10:100 -j ACCEPT
iptables -A INPUT -m conntrack --ctdir ORIGINAL -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
ip6tables -A INPUT --dport 22 -p tcp -j ACCEPT
ip6tables -A INPUT -p tcp ! --syn -j ACCEPT
ip6tables -A INPUT ! -p ipv6-icmp -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::1 -j ACCEPT
ip6tables -S INPUT
