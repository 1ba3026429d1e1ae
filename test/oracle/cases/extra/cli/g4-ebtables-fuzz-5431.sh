# ebtables-nft random rules (seed 5431): ip6 and nflog mixed with the others
ebtables -N U
ebtables -N V
ebtables -t nat -N W
ebtables -A U -p IPv6 --ip6-src ! fe80::/10 --ip6-proto tcp -d ! Unicast --mark ! 7 -j V; echo rc=$?
ebtables -A OUTPUT -p IPv6 --ip6-src ! 2001:db8::1 --ip6-proto udp --ip6-dport 22 --log-prefix "p x" -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -I U 1 -p ARP --arp-op request --arp-ip-dst ! 10.0.0.0/24 --arp-gratuitous --pkttype-type ! broadcast --limit 10/min -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-src 10.1.0.0/16 --ip-tos 0x10 --ip-proto tcp --ip-dport ! 80 ! -s 00:11:22:33:44:55 --pkttype-type host -i eth+ -j ACCEPT; echo rc=$?
ebtables -A U -p 0x0806 --arp-op request --arp-mac-src 00:11:22:33:44:55 --log --pkttype-type ! broadcast -j ACCEPT; echo rc=$?
ebtables -A U -p 802_1Q --vlan-id ! 20 -s 00:11:22:33:44:55 -d ! Unicast -j ACCEPT; echo rc=$?
ebtables -D U -p IPv6 --ip6-src ! fe80::/10 --ip6-proto tcp -d ! Unicast --mark ! 7 -j V; echo rc=$?
ebtables -A U -p IPv4 --ip-src ! 192.168.0.0/255.255.0.0 --ip-tos 0x10 --ip-proto icmp --log-prefix "p x" -j V; echo rc=$?
ebtables -D OUTPUT -p IPv6 --ip6-src ! 2001:db8::1 --ip6-proto udp --ip6-dport 22 --log-prefix "p x" -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A U -p LENGTH ! -s 00:11:22:33:44:55 --log -j CONTINUE; echo rc=$?
ebtables -A V -p 802_1Q --vlan-id ! 20 --vlan-encap 0x86dd --log-prefix "p x" --pkttype-type host --limit 10/min -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A V -p arp --arp-op Reply --arp-ip-dst ! 10.0.0.0/24 --arp-mac-src Broadcast -d ff:ff:ff:ff:ff:ff --log-level info --nflog-group 7 -j V; echo rc=$?
ebtables -A FORWARD -p 0x0806 --arp-ip-dst 10.0.0.1 --arp-mac-src Broadcast --pkttype-type host --limit 1/s -j ACCEPT; echo rc=$?
ebtables -A V -p 0x0806 --arp-op Request --arp-mac-src Broadcast --log-prefix "p x" -j V; echo rc=$?
ebtables -A FORWARD -p ! IPv4 -j RETURN; echo rc=$?
ebtables -A INPUT -p ARP --arp-op ! 1 -d Unicast --log-ip --pkttype-type host --mark ! 7 --nflog-group 2 -i ! br0 -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A INPUT -p 802_1Q --vlan-id 4094 -s 00:11:22:33:44:55 --mark 1 -i eth+ -j CONTINUE; echo rc=$?
ebtables -A FORWARD -p 0x800 --ip-dst 10.0.0.2 --ip-tos 0x10 --ip-proto icmp -i eth0 -o eth1 -j V; echo rc=$?
ebtables -I V 2 -p ipv4 --ip-src 10.1.0.0/16 --ip-tos 0x10 --ip-proto udp --ip-dport 1000:2000 --log -j ACCEPT; echo rc=$?
ebtables -A U -p 0x88cc -d ! BGA --log-prefix "p x" --limit 1/s -j V; echo rc=$?
ebtables -A OUTPUT -p IPv4 --ip-tos 0 --ip-proto tcp --ip-dport 0:65535 --pkttype-type host -j V; echo rc=$?
ebtables -A OUTPUT -p 0x800 --ip-src 10.1.0.0/16 --ip-dst 10.0.0.2 --ip-proto udp --ip-dport ! :1023 -d ! ff:ff:ff:ff:ff:ff --mark ! 7 --nflog-group 7 -j RETURN; echo rc=$?
ebtables -A OUTPUT -p IPv4 --ip-src ! 10.1.0.0/16 --ip-dst ! 172.16.0.0/12 --ip-proto tcp --ip-dport ssh -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A V -p LENGTH -d ff:ff:ff:ff:ff:ff -j DROP; echo rc=$?
ebtables -I U 2 -p 0x800 --ip-tos 0 --ip-proto tcp --ip-dport ssh --limit 10/min -j ACCEPT; echo rc=$?
ebtables -I OUTPUT 3 ! -s Multicast -d ff:ff:ff:ff:ff:ff --log-ip --pkttype-type host -o eth1 -j CONTINUE; echo rc=$?
ebtables -A INPUT -p 802_1Q --vlan-id 4094 -j DROP; echo rc=$?
ebtables -I OUTPUT 1 ! -s 00:11:22:33:44:55 --limit 1/s -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A V -p 802_1Q --vlan-id 10 --vlan-encap 0x86dd -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 --log --limit 1/s -j ACCEPT; echo rc=$?
ebtables -A OUTPUT -p ! IPv4 ! -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 --log-ip --pkttype-type host -j DROP; echo rc=$?
ebtables -t nat -A PREROUTING -p IPv4 -j redirect --redirect-target DROP
ebtables -t nat -A POSTROUTING -j W
ebtables -L --Ln --Lc
ebtables-save | grep -v '^#'
ebtables -t nat -L
