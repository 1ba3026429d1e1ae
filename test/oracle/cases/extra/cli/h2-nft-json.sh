# nft -j: the JSON schema of nftables 1.0.6 over ip6tables-nft/iptables-nft tables (xt matches and targets show only their names)
ip6tables -A INPUT ! -i lo ! -s fe80::/10 ! -d ::1 ! -p udp -j DROP
ip6tables -A INPUT -p tcp --tcp-flags SYN,RST SYN -j ACCEPT
ip6tables -A INPUT -p tcp --syn -j ACCEPT
ip6tables -A INPUT -p tcp ! --dport 0:80 -j ACCEPT
ip6tables -A INPUT -p udp --dport 0:80 -j ACCEPT
ip6tables -A INPUT -m mark --mark 0x1/0xff -j RETURN
ip6tables -A INPUT -m mark ! --mark 5 -j ACCEPT
ip6tables -A INPUT -m limit --limit 5/s --limit-burst 10 -j ACCEPT
ip6tables -A INPUT -m limit --limit 3/min -j ACCEPT
ip6tables -N X
ip6tables -A INPUT -j X
ip6tables -A INPUT -g X
ip6tables -A X -j TRACE
ip6tables -A X -s 2001:db8::/ffff:0:ffff:: -j ACCEPT
ip6tables -A X -p 200
ip6tables -A X -m comment --comment "hi there" -j ACCEPT
iptables -A FORWARD -f -s 10.0.0.0/8 -j DROP
iptables -A FORWARD ! -f -p icmp -j ACCEPT
iptables -P FORWARD DROP
ip6tables -t nat -A POSTROUTING -j MASQUERADE
nft -j list ruleset
nft -j list tables
nft -j list chains
nft -j list table ip6 filter
nft -j list chain ip6 filter X
nft -j list ruleset ip
nft -j -a list ruleset ip
nft -j -s list table ip filter
nft -j list ruleset arp
ip6tables -A INPUT -i eth+ -p tcp --tcp-flags SYN,ACK NONE -j ACCEPT
ip6tables -A INPUT -p tcp ! --tcp-flags SYN,ACK SYN,ACK -j ACCEPT
ip6tables -A INPUT -p udp ! --dport 80:90 -j ACCEPT
ip6tables -A INPUT -p tcp -m conntrack --ctstate NEW --dport 443 -j ACCEPT
nft -j list chain ip6 filter INPUT
nft -j list sets
nft -j list counters
nft -j list tables ip6
