# ebtables'/arptables' tables take handles from the same counter as the others: nft lists tables by handle, nft -a shows them
ebtables -A INPUT -j ACCEPT
nft add table inet t1
arptables -A INPUT -j ACCEPT
nft add table ip t2
iptables -A INPUT -j ACCEPT
ebtables -t nat -A OUTPUT -j ACCEPT
nft list tables
nft -a list tables
nft delete table bridge filter
ebtables -A FORWARD -j DROP
printf '*nat\n:PREROUTING ACCEPT\n:OUTPUT ACCEPT\n:POSTROUTING ACCEPT\n-A OUTPUT -j ACCEPT\n' | ebtables-restore
nft list tables
nft flush ruleset arp
ip6tables -A INPUT -j ACCEPT
arptables -N u1
nft list tables
nft list tables bridge
