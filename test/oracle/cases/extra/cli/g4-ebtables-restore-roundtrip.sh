# ebtables-save | ebtables-restore round trip of random rules (seed 5419), --noflush with -c saves, a failed batch that makes the final commit fail, several kernel refusals reported together
ebtables -N U
ebtables -N V
ebtables -t nat -N W
ebtables -A U -p IPv6 --log-prefix "p x" -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -I V 3 -p 0x0806 --arp-mac-src Broadcast --log-prefix "p x" --mark 0x10/0xff -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv6 --log -j ACCEPT; echo rc=$?
ebtables -A V -p 0x800 --ip-src ! 10.0.0.1 --ip-dst ! 172.16.0.0/12 --ip-proto tcp --ip-sport 53 -d BGA --mark 1 -j RETURN; echo rc=$?
ebtables -A U -p 802_1Q --vlan-id 10 -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 -d ! Unicast --mark 1 --limit 10/min -j ACCEPT; echo rc=$?
ebtables -D U -p IPv6 --log-prefix "p x" -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -I V 2 -p IPv4 --ip-tos 0x10 --ip-proto icmp ! -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 --mark 1 -j DROP; echo rc=$?
ebtables -A OUTPUT -p ! IPv4 ! -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 --pkttype-type ! broadcast -o ! eth+ -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -I OUTPUT 2 -p 802_1Q --vlan-id ! 20 --vlan-encap IPv4 -j V; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --log-ip -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A OUTPUT -p 0x800 --ip-src ! 10.1.0.0/16 --ip-tos 0 --ip-proto udp --ip-dport :1023 -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -I INPUT 2 -p arp --arp-op request --arp-ip-dst 10.0.0.1 -i eth0 -j CONTINUE; echo rc=$?
ebtables -A OUTPUT -d Unicast --pkttype-type host -j CONTINUE; echo rc=$?
ebtables -I OUTPUT 2 -p LENGTH -d ff:ff:ff:ff:ff:ff -o eth1 -j DROP; echo rc=$?
ebtables -A OUTPUT --limit 10/min -j DROP; echo rc=$?
ebtables -A OUTPUT -p 802_1Q --vlan-id ! 20 -j ACCEPT; echo rc=$?
ebtables -A FORWARD -p 0x800 --ip-proto tcp --ip-dport :1023 --ip-sport 1024: --pkttype-type host -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto tcp --ip-dport ! 80 ! -s 00:11:22:33:44:55 -d ! BGA --log-ip -i eth+ -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A U -p ipv4 --ip-src ! 10.1.0.0/16 --ip-proto udp -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 --log-ip --limit 1/s -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -D OUTPUT -p 802_1Q --vlan-id ! 20 -j ACCEPT; echo rc=$?
ebtables -A OUTPUT -p arp --arp-mac-src 00:11:22:33:44:55 --pkttype-type host --limit 10/min -j RETURN; echo rc=$?
ebtables -A U -p 0x0806 -s 00:11:22:33:44:55 --log --pkttype-type ! broadcast --mark ! 7 -j ACCEPT; echo rc=$?
ebtables -D OUTPUT -p 802_1Q --vlan-id ! 20 -j ACCEPT; echo rc=$?
ebtables -A V -p ARP --arp-ip-dst ! 10.0.0.0/24 --arp-mac-src 00:11:22:33:44:55 -d ! ff:ff:ff:ff:ff:ff -j ACCEPT; echo rc=$?
ebtables -D V -p 0x800 --ip-src ! 10.0.0.1 --ip-dst ! 172.16.0.0/12 --ip-proto tcp --ip-sport 53 -d BGA --mark 1 -j RETURN; echo rc=$?
ebtables -A U -p LENGTH --pkttype-type ! broadcast -j CONTINUE; echo rc=$?
ebtables -A OUTPUT -d BGA -j V; echo rc=$?
ebtables -A INPUT -p 802_1Q --vlan-id ! 20 --vlan-encap IPv4 ! -s 00:11:22:33:44:55 -d ! BGA -j CONTINUE; echo rc=$?
ebtables -A INPUT -p 802_1Q --vlan-id 4094 -i ! br0 -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -I FORWARD 3 -p 0x0806 --arp-op Request --pkttype-type host -j RETURN; echo rc=$?
ebtables -t nat -A PREROUTING -p IPv4 -j redirect --redirect-target DROP
ebtables -t nat -A POSTROUTING -j W
ebtables -L --Ln --Lc
ebtables-save | grep -v '^#'
ebtables -t nat -L
ebtables-save > /tmp/s.save; ebtables -t nat -F; ebtables --init-table; ebtables-restore < /tmp/s.save; echo rc=$?
ebtables-save | grep -v '^#'
ebtables-save -c > /tmp/c.save; ebtables-restore --noflush < /tmp/c.save; echo rc=$?; ebtables -L --Lc | head -8
sed 's/-A INPUT/-A NOPE/' /tmp/s.save | ebtables-restore; echo rc=$?
sed 's/--ip-proto/--ip-protocol/;s/-p ARP/-p ! ARP/' /tmp/s.save | ebtables-restore; echo rc=$?
