# ebtables-nft: pairs of matches and watchers in either order are kept; arp+pkttype+mark loses pkttype
ebtables -A INPUT -p ARP --arp-op Reply --pkttype-type host -j ACCEPT
ebtables -A INPUT -p ARP --pkttype-type host --arp-op Reply -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --pkttype-type host -j ACCEPT
ebtables -A INPUT -p ARP --arp-op Reply --pkttype-type host --mark 0x10/0xff -j ACCEPT
ebtables -A INPUT --mark 1 --pkttype-type host -j ACCEPT
ebtables -A INPUT --log --pkttype-type host -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id 1 --pkttype-type host -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --mark 1 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --limit 1/s -j ACCEPT
ebtables -A INPUT --pkttype-type host --mark 1 -j ACCEPT
ebtables -A INPUT -p ARP --arp-op Reply --mark 1 -j ACCEPT
ebtables -L INPUT
