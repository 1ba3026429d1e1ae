ebtables-translate -A INPUT -p 0x0600 -j ACCEPT
ebtables-translate -A INPUT -p ! 0x0600 -j ACCEPT
ebtables-translate -A INPUT -p LENGTH -j ACCEPT
ebtables-translate -A INPUT -p ! LENGTH -j ACCEPT
ebtables-translate -A INPUT -s 00:11:22:33:44:55:66 -j ACCEPT
ebtables-translate -A INPUT -s 00:11:22:33:44:55/00:00:00:00:00:00 -j ACCEPT
ebtables-translate -A INPUT -s 00:11:22:33:44:55/ff:ff:ff:00:00:00 -j ACCEPT
ebtables-translate -A INPUT -s 00:11:22:33:44:55/ff:00:ff:00:00:00 -j ACCEPT
ebtables-translate -A INPUT --mark 0x100000000/0xffffffffffffffff -j ACCEPT
ebtables-translate -A INPUT --mark /0x100000001 -j ACCEPT
ebtables-translate -A INPUT -j mark --mark-set -1
ebtables-translate -A INPUT -j mark --mark-or 0x100000000 --mark-target DROP
ebtables-translate -A INPUT -i + -j ACCEPT
ebtables-translate -A INPUT -i ! + -j ACCEPT
ebtables-translate -A INPUT --logical-in + -j ACCEPT
ebtables-translate -A INPUT -p 802_1Q --vlan-id 65536 --vlan-prio 263 --vlan-encap 10800 -j ACCEPT
ebtables-translate -A INPUT -p IPv4 --ip-src 1.2.3.4,5.6.7.8 -j ACCEPT
ebtables-translate -A INPUT -p IPv4 --ip-src 1.2.3.4,5.6.7.8/0 -j ACCEPT
ebtables-translate -A INPUT -p IPv4 --ip-dst 10.1 --ip-proto tcp --ip-dport 0:65535 -j ACCEPT
ebtables-translate -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 3/0:15 -j ACCEPT
ebtables-translate -A INPUT --limit 1/day --limit-burst 10000 -j ACCEPT
ebtables-translate -A INPUT --log-level 0 --log-prefix 12345678901234567890123456789 -j ACCEPT
ebtables-translate -A INPUT --pkttype-type 5 -j ACCEPT
ebtables-translate -A INPUT -p ARP --arp-op 65535 --arp-htype 65535 --arp-ptype 0x600 -j ACCEPT
ebtables-translate -t nat -A PREROUTING -j dnat --to-dst 00:11:22:33:44:55:66
