# nft add table/chain on the tables ebtables and arptables made (and the other way round): one table each, nft's chain joins it
ebtables -A INPUT -j ACCEPT
nft add table bridge filter
nft list tables
nft create table bridge filter
echo rc=$?
nft add chain bridge filter extra
nft add chain bridge filter extra
nft create chain bridge filter extra
echo rc=$?
nft list ruleset
ebtables -L
ebtables -A extra -j DROP
nft list chain bridge filter extra
nft add table arp filter
arptables -A INPUT -j ACCEPT
nft add chain arp filter more
nft list tables
nft list ruleset arp
arptables -L
nft add table bridge nat
ebtables -t nat -A OUTPUT -j ACCEPT
nft list tables
nft list table bridge nat
ebtables -t nat -L
