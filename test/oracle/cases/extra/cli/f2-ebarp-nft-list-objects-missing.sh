# nft list set|map|counter|flowtable in ebtables'/arptables' tables: none exist (ENOENT at the object's name); list sets shows the tables empty
ebtables -A INPUT -j ACCEPT
arptables -A INPUT -j ACCEPT
nft list set bridge filter s
echo rc=$?
nft list map arp filter m
echo rc=$?
nft list counter bridge filter c
echo rc=$?
nft list flowtable arp filter f
echo rc=$?
nft list sets
nft list sets bridge
nft list maps arp
nft list set bridge nat s
echo rc=$?
