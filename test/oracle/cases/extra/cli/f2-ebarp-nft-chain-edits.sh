# nft flush|delete chain on ebtables' and arptables' tables: flushing drops a user chain's policy rule, a referenced chain is busy, a chain nft lacks is ENOENT
ebtables -N u1 -P DROP
ebtables -N u2
ebtables -A u1 -j ACCEPT
ebtables -A u2 -p IPv4 -j DROP
ebtables -A INPUT -j u1
ebtables -A INPUT -p ARP -j ACCEPT
ebtables -P FORWARD DROP
nft flush chain bridge filter INPUT
nft flush chain bridge filter u1
nft list table bridge filter
ebtables -L
nft delete chain bridge filter u2
echo rc=$?
nft delete chain bridge filter OUTPUT
echo rc=$?
nft flush chain bridge filter OUTPUT
echo rc=$?
nft delete chain bridge filter nope
echo rc=$?
ebtables -A INPUT -j u1
nft delete chain bridge filter u1
echo rc=$?
nft delete chain bridge filter FORWARD
echo rc=$?
nft list table bridge filter
ebtables -L
ebtables-save | grep -v '^#'
arptables -N a1
arptables -A INPUT -j a1
arptables -A a1 -j DROP
arptables -A OUTPUT -j ACCEPT
nft flush chain arp filter INPUT
nft delete chain arp filter a1
echo rc=$?
nft flush chain arp filter nochain
echo rc=$?
nft delete chain arp filter OUTPUT
echo rc=$?
nft list table arp filter
arptables -L
