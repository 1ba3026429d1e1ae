# iptables-nft-restore -v: a bare -F in a block that replaces the table adds every built-in chain back first (a DROP one with policy ACCEPT)
iptables -P INPUT DROP
iptables -A INPUT -j ACCEPT
iptables -N X
printf '*filter\n-N Y\n-F\n-A Y -j RETURN\nCOMMIT\n' | iptables-restore -v
nft -a list table ip filter
iptables-save -c
iptables -P FORWARD DROP
printf '*filter\n-F\n-P OUTPUT DROP\nCOMMIT\n' | iptables-restore
iptables -S
printf '*filter\n-F FORWARD\n-F INPUT\nCOMMIT\n' | iptables-restore -v
nft -a list table ip filter
printf '*mangle\n-F\nCOMMIT\n' | iptables-restore -v
nft -a list table ip mangle
printf '*filter\n-F\n-Z\nCOMMIT\n' | ip6tables-restore -v
ip6tables-save
