iptables -P INPUT DROP
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -m limit --limit 3/min --limit-burst 5 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p udp --sport 53 -s 8.8.8.8 -j ACCEPT
iptables -A INPUT -s 192.168.0.0/16 ! -d 192.168.1.1 -j RETURN
iptables -A INPUT -p tcp --syn -j REJECT --reject-with tcp-reset
iptables -A INPUT -j LOG --log-prefix "DROP: " --log-level 6
iptables -A INPUT -m mark --mark 0x10 -j DROP
iptables -A INPUT -m comment --comment "final" -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -c 5 300 -p tcp --dport 8080 -j ACCEPT
iptables -A OUTPUT -p tcp --sport 1024:65535 --dport 80 -j ACCEPT
iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -o eth0 -j SNAT --to-source 1.2.3.4
iptables -t nat -A PREROUTING -i eth0 -p tcp --dport 80 -j REDIRECT --to-ports 8080
iptables -t mangle -A PREROUTING -j MARK --set-mark 1
iptables -t mangle -A OUTPUT -p udp -j TTL --ttl-set 64
iptables -t raw -A PREROUTING -p udp --dport 53 -j NOTRACK
nft list ruleset
nft list table nat
nft list table ip mangle
nft list table raw
nft list chain ip nat PREROUTING
nft list table ip6 filter
nft list table bogus
nft list chains
iptables -F
iptables -t nat -F
nft list ruleset
iptables -X
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -s fe80::/10 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
nft list table ip6 filter
nft list tables
nft
nft list
nft flush ruleset
nft list tables
