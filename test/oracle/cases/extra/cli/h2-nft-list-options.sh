# nft list formatting options, family filters and nft's own errors around ip6tables-nft tables
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type 135 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 0:80 -j ACCEPT
ip6tables -A INPUT -p tcp ! --dport 22 -j ACCEPT
ip6tables -A INPUT -p udp --sport 53 --dport 1024: -j ACCEPT
ip6tables -A INPUT -p udp --dport 514 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 8080 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 12345 -j ACCEPT
ip6tables -A INPUT ! -p tcp -j ACCEPT
ip6tables -A INPUT -p 200 -j ACCEPT
ip6tables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination [2001:db8::1]:8080
ip6tables -t raw -A PREROUTING -j ACCEPT
iptables -t mangle -A POSTROUTING -p icmp -j ACCEPT
iptables -t nat -A OUTPUT -p tcp --dport 80 -j REDIRECT --to-ports 8080
nft list ruleset ip6
nft list ruleset ip 2>&1
nft list ruleset inet
nft list tables ip6
nft list chains ip
nft -s list table ip6 filter
nft -n list table ip6 filter
nft -n list table ip6 nat
nft -y list chains
nft -p list chain ip6 filter INPUT
nft -S list chain ip6 filter INPUT
nft list sets
nft list maps ip6
nft list counters
nft list sets table ip6 nat
nft list sets table ip6 nope
nft list sets table nat
nft list sets table ip6
nft list maps table ip filter
nft list counters table ip6 filter
nft list set ip6 filter x
nft list set ip6 filter
nft list table ip6
nft list chain ip6 filter
nft list tables bogus
nft list tables ip6 ip
nft list ruleset ip6 extra
nft list chain ip6 filter INPUT 42
nft list bogus
nft list ruleset -a
nft list table ip6 filter --handle
nft -a list ruleset -s
nft -x list ruleset
nft --bogus list ruleset
nft --hand list tables
nft -V
nft -h
