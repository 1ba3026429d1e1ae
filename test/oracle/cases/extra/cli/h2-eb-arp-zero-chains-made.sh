# ebtables/arptables -Z on whole tables: a plain or -v zero touches only the chains nft has, -L -Z makes all built-in chains; -E keeps a chain's place in nft's listing
ebtables -A FORWARD -j ACCEPT
ebtables -Z
nft list table bridge filter
ebtables -Z -v
nft list table bridge filter
ebtables -t nat -A OUTPUT -j ACCEPT
ebtables -t nat -Z OUTPUT -v
nft list table bridge nat
ebtables -t nat -L -Z
nft list table bridge nat
ebtables -t nat -F OUTPUT
nft list table bridge nat
ebtables -N user
ebtables -P user DROP
ebtables -E user user2
nft list table bridge filter
arptables -A OUTPUT -j ACCEPT
arptables -Z
nft list table arp filter
arptables -Z -v
nft list table arp filter
