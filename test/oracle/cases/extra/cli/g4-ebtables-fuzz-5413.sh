# ebtables-nft random rules (seed 5413): matches, watchers and targets together; jump loops; listing with numbers and counters
ebtables -N U
ebtables -N V
ebtables -t nat -N W
ebtables -A OUTPUT -p ARP -j DROP; echo rc=$?
ebtables -A V -p 0x800 --ip-proto udp ! -s Multicast -d ! Unicast -j ACCEPT; echo rc=$?
ebtables -A FORWARD -p ipv4 --ip-dst 10.0.0.2 --ip-proto icmp --mark 0x10/0xff -j V; echo rc=$?
ebtables -A FORWARD -p LENGTH -s 00:11:22:33:44:55 -d Unicast --log-level info --mark 1 -j RETURN; echo rc=$?
ebtables -A U -p IPv4 --ip-src ! 192.168.0.0/255.255.0.0 --ip-proto tcp --ip-sport 1024: --log-ip -j DROP; echo rc=$?
ebtables -A U  -j V; echo rc=$?
ebtables -D OUTPUT -p ARP -j DROP; echo rc=$?
ebtables -A OUTPUT -p IPv4 --ip-src 192.168.0.0/255.255.0.0 --ip-proto udp --ip-dport 0:65535 --mark 0x10/0xff -o eth1 -j ACCEPT; echo rc=$?
ebtables -A FORWARD -p ipv4 --ip-dst ! 172.16.0.0/12 --ip-proto icmp --log -j CONTINUE; echo rc=$?
ebtables -A OUTPUT -p 0x800 --ip-tos 0x10 --ip-proto icmp -d BGA --log-level info -j ACCEPT; echo rc=$?
ebtables -A INPUT -p ipv4 --ip-src ! 10.1.0.0/16 --ip-proto tcp -s Multicast --limit 1/s -i eth0 -j CONTINUE; echo rc=$?
ebtables -I V 1 -p IPv4 --ip-src 192.168.0.0/255.255.0.0 --ip-proto icmp --pkttype-type host --mark 1 -j V; echo rc=$?
ebtables -A U -p LENGTH --log-level info -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -A FORWARD -p 802_1Q --vlan-id 4094 --vlan-encap IPv4 -i eth0 -o eth1 -j DROP; echo rc=$?
ebtables -I V 2 -p 0x800 --ip-proto tcp -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 -d ! Unicast --log-ip --limit 1/s -j CONTINUE; echo rc=$?
ebtables -D OUTPUT -p IPv4 --ip-src 192.168.0.0/255.255.0.0 --ip-proto udp --ip-dport 0:65535 --mark 0x10/0xff -o eth1 -j ACCEPT; echo rc=$?
ebtables -I FORWARD 2 -p arp --arp-op Reply --arp-mac-src 00:11:22:33:44:55 --pkttype-type host --mark 0x10/0xff -i eth0 -o eth1 -j RETURN; echo rc=$?
ebtables -A FORWARD -p ipv4 --ip-dst ! 172.16.0.0/12 --ip-proto udp --ip-dport 0:65535 -d BGA -j V; echo rc=$?
ebtables -A U -p 0x800 --ip-src ! 10.0.0.1 --ip-tos 0 --ip-proto tcp --ip-dport ssh --ip-sport 53 -j RETURN; echo rc=$?
ebtables -I INPUT 1 -p ipv4 --ip-dst ! 172.16.0.0/12 --ip-proto icmp -s Multicast -i eth+ -j DROP; echo rc=$?
ebtables -D OUTPUT -p IPv4 --ip-src 192.168.0.0/255.255.0.0 --ip-proto udp --ip-dport 0:65535 --mark 0x10/0xff -o eth1 -j ACCEPT; echo rc=$?
ebtables -D OUTPUT -p ARP -j DROP; echo rc=$?
ebtables -A U --mark 0x10/0xff -j V; echo rc=$?
ebtables -A V -p 802_1Q --vlan-id 10 --log-level info --pkttype-type ! broadcast -j V; echo rc=$?
ebtables -A U -p ipv4 --ip-src ! 192.168.0.0/255.255.0.0 --ip-tos 0x10 --ip-proto icmp --pkttype-type ! broadcast -j ACCEPT; echo rc=$?
ebtables -A OUTPUT -p 802_1Q --vlan-id 4094 --vlan-encap ARP -d Unicast --pkttype-type ! broadcast -j DROP; echo rc=$?
ebtables -A OUTPUT -p IPv4 --ip-src ! 10.1.0.0/16 --ip-tos 0x10 --ip-proto tcp --ip-dport ! ssh -d ff:ff:ff:ff:ff:ff -o ! eth+ -j RETURN; echo rc=$?
ebtables -A FORWARD -p arp --arp-op Request --arp-ip-dst 10.0.0.1 --arp-mac-src Broadcast ! -s 01:02:03:04:05:06/ff:ff:ff:00:00:00 --limit 10/min -j V; echo rc=$?
ebtables -A U -p 0x88cc -d BGA --log --limit 1/s -j ACCEPT; echo rc=$?
ebtables -A V -p arp --arp-op Request --arp-ip-dst ! 10.0.0.0/24 -j mark --mark-set 3 --mark-target CONTINUE; echo rc=$?
ebtables -t nat -A PREROUTING -p IPv4 -j redirect --redirect-target DROP
ebtables -t nat -A POSTROUTING -j W
ebtables -L --Ln --Lc
ebtables-save | grep -v '^#'
ebtables -t nat -L
