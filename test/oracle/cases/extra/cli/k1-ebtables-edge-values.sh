ebtables -A INPUT -p 0x0600 -j ACCEPT
ebtables -A INPUT -p 0x05ff -j ACCEPT
ebtables -A INPUT -p 0xffff -j ACCEPT
ebtables -A INPUT -p 0x10000 -j ACCEPT
ebtables -A INPUT -p LENGTH -j ACCEPT
ebtables -A INPUT -p ! LENGTH -j ACCEPT
ebtables -A INPUT -p ipv4 -j ACCEPT
ebtables -A INPUT -p 800 -j ACCEPT
ebtables -A INPUT -p 0 -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55 -j ACCEPT
ebtables -A INPUT -s 0:1:2:3:4:5 -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55/ff:ff:ff:00:00:00 -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55/ff:ff:ff:ff:ff:ff -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55/00:00:00:00:00:00 -j ACCEPT
ebtables -A INPUT -d Multicast -j ACCEPT
ebtables -A INPUT -d multicast -j ACCEPT
ebtables -A INPUT -d Broadcast -j ACCEPT
ebtables -A INPUT -d Unicast -j ACCEPT
ebtables -A INPUT -d BGA -j ACCEPT
ebtables -A INPUT -d 01:00:00:00:00:00/01:00:00:00:00:00 -j ACCEPT
ebtables -A INPUT -d ff:ff:ff:ff:ff:ff -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44 -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:55:66 -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:gg -j ACCEPT
ebtables -A INPUT -s 001:11:22:33:44:55 -j ACCEPT
ebtables -A INPUT -s AA:BB:CC:DD:EE:FF -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-src 10.1 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-src 10.0.0.0/255.0.255.0 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-src 10.0.0.1/0 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-src 10.0.0.1/33 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-dst 10.0.0.1/32 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --ip-dport 0:65535 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --ip-dport 90:80 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --ip-dport 65536 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --ip-dport :80 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --ip-dport 80: -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp --ip-sport ssh -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto 256 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto 0 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-tos 0xff -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-tos 0x100 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 8/0 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 3/0:15 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 0:255 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type echo-request -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 256 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id 4095 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id 4096 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-prio 7 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-prio 8 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-encap 0x0600 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-encap 0x05ff -j ACCEPT
ebtables -A INPUT --limit 0/s -j ACCEPT
ebtables -A INPUT --limit 10000/s --limit-burst 10000 -j ACCEPT
ebtables -A INPUT --limit 1/day -j ACCEPT
ebtables -A INPUT --mark 0xffffffff/0xffffffff -j ACCEPT
ebtables -A INPUT --mark /0x1 -j ACCEPT
ebtables -A INPUT -j mark --mark-set 0xffffffff
ebtables -A INPUT -j mark --mark-or 0
ebtables -A INPUT -j mark --mark-set 0x100000000
ebtables -A INPUT --log-prefix 12345678901234567890123456789 --log-level 7
ebtables -A INPUT --log-prefix 123456789012345678901234567890
ebtables -A INPUT --log-level 8
ebtables -A INPUT --log-level emerg
ebtables -A INPUT --pkttype-type host
ebtables -A INPUT --pkttype-type 5
ebtables -A INPUT -p ARP --arp-op 1
ebtables -A INPUT -p ARP --arp-op 65535
ebtables -A INPUT -p ARP --arp-op 65536
ebtables -A INPUT -p ARP --arp-op ARP_NAK
ebtables -A INPUT -p ARP --arp-htype 65535 --arp-ptype 0x0600
ebtables -A INPUT -p ARP --arp-ip-src 10.1/8
ebtables -A INPUT -p ARP --arp-mac-src 00:11:22:33:44:55/ff:00:00:00:00:00
ebtables -A INPUT -c 18446744073709551615 1 -j ACCEPT
ebtables -L
ebtables -L --Lc --Ln
ebtables -L --Lx
ebtables-save
