iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -A INPUT -s 1.1.1.1,2.2.2.2 -j DROP
iptables -N A
iptables -A A -j RETURN
iptables -A INPUT -j A
iptables -A FORWARD -p udp -g A
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -m length --length 0:64 -j ACCEPT
iptables -A INPUT -m ttl --ttl-lt 5 -j DROP
iptables -A INPUT -m pkttype --pkt-type broadcast -j DROP
iptables -A INPUT -m tos --tos 0x10 -j ACCEPT
iptables -A INPUT -i eth+ ! -o lo -j DROP
iptables -P INPUT DROP
nft list ruleset
nft list table ip filter
nft -a list chain ip filter INPUT
nft list chain ip filter A
nft list chains
nft list tables
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t mangle -A PREROUTING -j ACCEPT
nft list table ip nat
nft list table ip mangle
ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
nft list table ip6 filter
nft list tables
iptables -F
iptables -X
nft list table ip filter
iptables -t nat -F
nft list table ip nat
