# ebtables-nft random rules (seed 5411, scripted generator): user chains, loops refused with Too many links, deletes by spec, inserts, listing and save
ebtables -N U
ebtables -N V
ebtables -t nat -N W
ebtables -A OUTPUT -p IPv4 --ip-src 10.1.0.0/16 --ip-dst 10.0.0.2 --ip-proto icmp -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 -d Unicast -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A FORWARD -p arp --arp-op ! 1 -s 00:11:22:33:44:55 --log-prefix "p x" -j DROP; echo rc=$?
ebtables -A V -p IPv4 --ip-src 10.1.0.0/16 --ip-tos 0 --ip-proto udp -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 -d ! BGA --log -j RETURN; echo rc=$?
ebtables -A FORWARD -p IPv4 --ip-proto tcp --ip-dport 80 --log -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A V -p 802_1Q --vlan-id 4094 --vlan-encap 0x86dd --limit 1/s -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A OUTPUT -p 0x88cc -d BGA --pkttype-type host -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A INPUT -p arp --arp-mac-src Broadcast ! -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 -d ! ff:ff:ff:ff:ff:ff --log-level info --limit 10/min -i eth0 -j DROP; echo rc=$?
ebtables -A V -s 00:11:22:33:44:55 --mark 1 -j V; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-dst ! 172.16.0.0/12 --ip-tos 0 --ip-proto tcp ! -s Multicast -d ! Unicast -j RETURN; echo rc=$?
ebtables -A INPUT -p 802_1Q --vlan-id 4094 --vlan-encap IPv4 -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 -i eth0 -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A V -s 00:11:22:33:44:55 --log-ip --mark 1 -j CONTINUE; echo rc=$?
ebtables -I V 1 -p ARP --arp-ip-dst ! 10.0.0.0/24 -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 --log-level info -j CONTINUE; echo rc=$?
ebtables -D INPUT -p 802_1Q --vlan-id 4094 --vlan-encap IPv4 -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 -i eth0 -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A INPUT -p 802_1Q --vlan-id 10 --log-ip --limit 1/s -j DROP; echo rc=$?
ebtables -A OUTPUT -p ARP --log-level info -o eth1 -j RETURN; echo rc=$?
ebtables -D V -p IPv4 --ip-src 10.1.0.0/16 --ip-tos 0 --ip-proto udp -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 -d ! BGA --log -j RETURN; echo rc=$?
ebtables -D FORWARD -p arp --arp-op ! 1 -s 00:11:22:33:44:55 --log-prefix "p x" -j DROP; echo rc=$?
ebtables -A OUTPUT -p ipv4 --ip-src ! 10.0.0.1 --ip-tos 0x10 --ip-proto icmp -d ! BGA --mark 1 -o ! eth+ -j CONTINUE; echo rc=$?
ebtables -A OUTPUT -p 0x0806 --arp-op Reply --log-level info -j V; echo rc=$?
ebtables -A FORWARD -p 0x88cc --mark 0x10/0xff -j CONTINUE; echo rc=$?
ebtables -D OUTPUT -p IPv4 --ip-src 10.1.0.0/16 --ip-dst 10.0.0.2 --ip-proto icmp -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 -d Unicast -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A U -p 0x800 --ip-dst 10.0.0.2 --ip-proto icmp -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A INPUT -p IPv6 -d ! ff:ff:ff:ff:ff:ff --pkttype-type ! broadcast -j V; echo rc=$?
ebtables -D INPUT -p 802_1Q --vlan-id 10 --log-ip --limit 1/s -j DROP; echo rc=$?
ebtables -A INPUT -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 --pkttype-type ! broadcast -j V; echo rc=$?
ebtables -A OUTPUT -p ipv4 --ip-src 10.1.0.0/16 --ip-proto icmp ! -s 00:11:22:33:44:55 --limit 10/min -o ! eth+ -j CONTINUE; echo rc=$?
ebtables -D INPUT -p 802_1Q --vlan-id 10 --log-ip --limit 1/s -j DROP; echo rc=$?
ebtables -I OUTPUT 1 -p 0x88cc ! -s Multicast --pkttype-type ! broadcast -j DROP; echo rc=$?
ebtables -A INPUT -p 0x0806 --arp-op Reply --log-level info -i ! br0 -j ACCEPT; echo rc=$?
ebtables -A V -p 802_1Q --vlan-id 4094 --vlan-encap IPv4 --mark ! 7 -j CONTINUE; echo rc=$?
ebtables -t nat -A PREROUTING -p IPv4 -j redirect --redirect-target DROP
ebtables -t nat -A POSTROUTING -j W
ebtables -L --Ln --Lc
ebtables-save | grep -v '^#'
ebtables -t nat -L
