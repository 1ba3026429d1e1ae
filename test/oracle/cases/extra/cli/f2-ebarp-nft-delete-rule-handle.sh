# nft delete rule ... handle N on ebtables' and arptables' tables (a user chain's policy rule included); a handle not in the chain is ENOENT
ebtables -N u1 -P DROP
ebtables -A u1 -p IPv4 -j ACCEPT
ebtables -A INPUT -j u1
ebtables -A INPUT -p ARP -j DROP
nft -a list table bridge filter
nft delete rule bridge filter INPUT handle 6
nft delete rule bridge filter INPUT handle 3
echo rc=$?
nft delete rule bridge filter u1 handle 4
nft -a list table bridge filter
ebtables-save | grep -v '^#'
nft delete rule bridge filter OUTPUT handle 1
echo rc=$?
arptables -A INPUT -j ACCEPT
arptables -A INPUT -j DROP
nft -a list table arp filter
nft delete rule arp filter INPUT handle 2
nft delete rule arp filter INPUT handle 2
echo rc=$?
arptables -L
