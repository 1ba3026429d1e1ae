ebtables -A INPUT -s 00:11:22:33:44:55:66 -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55xyz -j ACCEPT
ebtables -A INPUT -s "00:11:22:33:44:5 x" -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:5x -j ACCEPT
ebtables -A INPUT -s 0:1:2:3:4:56/ff:ff:ff:ff:ff:ff:ff -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55:/ff:ff:00:00:00:00 -j ACCEPT
ebtables -A INPUT -d 1:2:3:4:5:6 -j ACCEPT
ebtables -A INPUT -d 01:02:03:04:05:06/ff:ff:ff:ff:ff:ff -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55/00:00:00:00:00:00 -j ACCEPT
ebtables -A INPUT -s ! 00:11:22:33:44:55/00:00:00:00:00:00 -j ACCEPT
ebtables -A INPUT -d 00:00:00:00:00:00/00:00:00:00:00:00 -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55/00:ff:00:00:00:00 -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55/ff:ff:ff:ff:ff:fe -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55/80:00:00:00:00:00 -j ACCEPT
ebtables -A INPUT -p ARP --arp-mac-src 00:11:22:33:44:55/00:00:00:00:00:00 -j ACCEPT
ebtables -A INPUT -p ARP --arp-mac-dst 00:11:22:33:44:55:66 -j ACCEPT
ebtables -A INPUT -p ARP --arp-mac-dst 00:11:22:33:44:55/00:ff:00:00:00:00 -j ACCEPT
ebtables -t nat -A PREROUTING -j dnat --to-dst 00:11:22:33:44:55:66
ebtables -t nat -A PREROUTING -j snat --to-src 0:1:2:3:4:5zz
ebtables -L
ebtables -t nat -L
nft list ruleset
