# ebtables-nft 1.8.9 keeps only the first and last of three or more matches/watchers in a rule
ebtables -A INPUT --pkttype-type host --mark 1 --log -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --pkttype-type host --mark 1 --log -j ACCEPT
ebtables -A INPUT --mark 1 --limit 1/s --pkttype-type host -j ACCEPT
ebtables -A INPUT -p ARP --limit 1/s --arp-op Reply --mark 1 -j ACCEPT
ebtables -A INPUT -p IPv4 --limit 1/s --mark 1 --ip-proto tcp -j ACCEPT
ebtables -A INPUT -p IPv4 --mark 1 --ip-proto tcp -j ACCEPT
ebtables -A INPUT -p IPv4 --log --ip-proto tcp --mark 2 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --log -j mark --mark-set 1
ebtables -L INPUT
