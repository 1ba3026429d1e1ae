# ebtables/arptables -Z and -F CHAIN: what each makes in nft (a plain -Z nothing; -Z of a chain nft lacks fails; -F CHAIN makes it)
ebtables -Z
nft list ruleset
ebtables -Z INPUT
echo rc=$?
ebtables -Z -v
nft list ruleset
ebtables -t nat -F OUTPUT
nft list ruleset
ebtables -t nat -Z POSTROUTING
echo rc=$?
ebtables -t nat -Z OUTPUT -v
echo rc=$?
ebtables -t nat -F -v
nft list ruleset
arptables -Z
nft list ruleset
arptables -L -Z
echo rc=$?
arptables -Z OUTPUT
echo rc=$?
arptables -Z -v
nft list ruleset
arptables -F INPUT
nft list ruleset
arptables -Z OUTPUT
echo rc=$?
arptables -L -Z -v
echo rc=$?
nft list ruleset arp
ebtables -P FORWARD DROP
ebtables -Z FORWARD
echo rc=$?
ebtables -Z OUTPUT
echo rc=$?
nft list tables
