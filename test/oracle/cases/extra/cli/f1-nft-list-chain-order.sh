nft list tables
nft list ruleset
iptables -A INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT
iptables -N MYCHAIN
iptables -A INPUT -i lo -j MYCHAIN
iptables -A MYCHAIN -m conntrack --ctstate NEW -m comment --comment hi -j LOG --log-prefix "x "
iptables -A MYCHAIN -m mark --mark 0x1/0xff -g MYCHAIN
iptables -A OUTPUT -d 10.0.0.0/8 ! -o eth+ -p udp -m multiport --dports 53,54 -j DROP
iptables -A OUTPUT -p icmp --icmp-type 8 -j REJECT
iptables -A FORWARD -f -j DROP
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
iptables -P FORWARD DROP
ip6tables -A INPUT -s 2001:db8::/32 -j ACCEPT
nft list tables
nft list ruleset
nft list table ip filter
nft list chain ip filter MYCHAIN
nft list chain ip filter INPUT
nft list table ip6 filter
nft list chains
nft list table filter
nft list chain filter NOPE
nft -v
nft --version
