ip6tables -A INPUT -j ACCEPT
iptables -t nat -A POSTROUTING -j MASQUERADE
iptables -t mangle -P FORWARD DROP
iptables -A INPUT -j ACCEPT
iptables -t raw -N x
nft list tables
nft list chains
iptables -t raw -A OUTPUT -j x
iptables -t raw -A PREROUTING -j x
nft list table raw
iptables-save > /tmp/s
iptables -t security -A INPUT -j ACCEPT
iptables-restore < /tmp/s
nft list tables
iptables -F
nft list table ip filter
iptables -X
iptables -t nat -F
nft list tables
