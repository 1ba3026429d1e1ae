# ebtables/arptables -F and -Z on whole tables: a plain flush makes nothing, with -v all built-in chains are made (nft list shows them in the order made)
ebtables -F
nft list ruleset bridge
ebtables -t nat -F -v
nft list ruleset bridge
ebtables -A FORWARD -j ACCEPT
ebtables -F -v
nft list table bridge filter
ebtables -t nat -A OUTPUT -j ACCEPT
ebtables -t nat -Z -v
nft list table bridge nat
arptables -F
nft list ruleset arp
arptables -A INPUT -j ACCEPT
arptables -F -v
nft list ruleset arp
