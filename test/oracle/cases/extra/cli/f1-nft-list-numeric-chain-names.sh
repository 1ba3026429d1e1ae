iptables -N web
iptables -N 10
iptables -A INPUT -j web
iptables -N 2
iptables -N a1
iptables -E web 3
iptables -A OUTPUT -j 10
iptables -N 0x5
nft list chains
iptables -X 2
iptables -N 1
nft list table ip filter
