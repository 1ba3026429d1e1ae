# nft -j list tables|chains with ebtables', arptables' and iptables' tables: handles and base chain attributes
ebtables -N u1 -P DROP
ebtables -A INPUT -j u1
ebtables -P FORWARD DROP
iptables -A INPUT -j ACCEPT
ebtables -t nat -A POSTROUTING -j ACCEPT
ebtables -t nat -A PREROUTING -j ACCEPT
ebtables -t nat -P OUTPUT DROP
arptables -A OUTPUT -j ACCEPT
nft -j list tables
nft -j list chains
nft -j list chains bridge
nft -j list tables arp
