# nft flush ruleset, delete table bridge nat and flush table bridge filter reach ebtables' and arptables' tables
ebtables -A FORWARD -p IPv4 -j ACCEPT
ebtables -t nat -A PREROUTING -p ARP -j ACCEPT
arptables -A INPUT -j ACCEPT
iptables -A INPUT -j ACCEPT
nft delete table bridge nat; echo rc=$?
ebtables -t nat -L
nft list tables
nft flush table bridge filter; echo rc=$?
ebtables -L FORWARD
nft flush ruleset
nft list tables
ebtables -L
arptables -L
ebtables-save
ebtables --init-table
nft list tables
