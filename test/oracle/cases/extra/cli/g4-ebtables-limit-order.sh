# ebtables-nft: match print order with limit; an ip match begun after --limit is lost (1.8.9 quirk) while arp/pkttype/mark are kept
ebtables -A INPUT -p IPv4 --ip-proto tcp --limit 1/s -j ACCEPT
ebtables -A INPUT -p ARP --limit 1/s --arp-op Request -j ACCEPT
ebtables -A INPUT --limit 1/s --pkttype-type host -j ACCEPT
ebtables -A INPUT --pkttype-type host --limit 1/s -j ACCEPT
ebtables -A INPUT --limit 1/s --mark 5 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-src 1.1.1.1 --limit 1/s --ip-dst 2.2.2.2 -j ACCEPT
ebtables -A INPUT -p IPv4 --limit 1/s --ip-proto tcp --pkttype-type host -j ACCEPT
ebtables -L INPUT
