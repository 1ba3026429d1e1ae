# iptables-nft-restore -v keeps the table (its handle, its place, the DROP base chains): chains it deletes and makes again get new handles
iptables -P INPUT DROP
iptables -N X
iptables -A INPUT -j X
iptables -A OUTPUT -j ACCEPT
iptables -t nat -A POSTROUTING -j MASQUERADE
printf '*filter\n-N Y\n-A OUTPUT -j Y\n-A INPUT -j Y\nCOMMIT\n' | iptables-restore -v
nft -a list table ip filter
nft list tables
iptables -L -n --line-numbers
iptables -t mangle -P FORWARD DROP
printf '*mangle\n-A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -v
nft -a list table ip mangle
printf '*raw\nCOMMIT\n' | iptables-restore -v
iptables -t raw -A PREROUTING -j ACCEPT
nft -a list table ip raw
ip6tables -A INPUT -j ACCEPT
printf '*filter\n-A OUTPUT -j ACCEPT\nCOMMIT\n' | ip6tables-restore -v
nft -a list table ip6 filter
nft list tables
