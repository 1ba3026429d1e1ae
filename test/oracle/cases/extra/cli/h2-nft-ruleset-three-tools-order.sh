# a host with iptables, ebtables and arptables rules: nft list ruleset/tables order tables by when each tool made them
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
arptables -A INPUT -i eth0 -j ACCEPT
iptables -A INPUT -i lo -j ACCEPT
ebtables -A FORWARD -p IPv4 -j ACCEPT
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ebtables -t nat -A PREROUTING -p ARP -j ACCEPT
nft list tables
nft list ruleset
nft list tables bridge
nft list tables arp
nft list chains
nft list ruleset arp
nft list ruleset bridge
nft -y list chains bridge
arptables -F
ebtables -F
nft list ruleset bridge
nft list ruleset arp
