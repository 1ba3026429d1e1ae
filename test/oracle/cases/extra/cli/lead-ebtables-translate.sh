ebtables-translate -A INPUT -j ACCEPT
ebtables-translate -A FORWARD -p IPv4 --ip-src 10.0.0.1 -j DROP
ebtables-translate -t nat -A PREROUTING -i eth0 -j ACCEPT
ebtables-translate -A INPUT -s 00:11:22:33:44:55 -j DROP
ebtables-translate -L
ebtables-translate -N FOO
ebtables-translate -P INPUT DROP
ebtables-translate -F
ebtables-translate -A INPUT --log -j ACCEPT
ebtables-translate -A INPUT -p ARP --arp-op Request -j ACCEPT
ebtables-translate -A INPUT -p 802_1Q --vlan-id 5 -j ACCEPT
ebtables-translate -A INPUT --mark 5 -j ACCEPT
ebtables-translate -A INPUT -j mark --mark-set 5
ebtables-translate -A INPUT --limit 5/s -j ACCEPT
ebtables-translate -h | head -5
ebtables-translate -V
ebtables-translate
ebtables-translate -A INPUT -p IPv6 --ip6-src ::1 -j DROP
ebtables-translate -A INPUT -p IPv4 --ip-proto tcp --ip-dport 22 -j ACCEPT
ebtables-translate -D INPUT -j ACCEPT
ebtables-translate -I INPUT 1 -j ACCEPT
ebtables-translate -A INPUT -j CONTINUE
ebtables-translate -A INPUT -j RETURN
ebtables-translate -A INPUT -j FOO
ebtables-translate -A INPUT -p IPv4 -j ACCEPT
ebtables-translate -A INPUT -p ! IPv4 -j ACCEPT
ebtables-translate -A INPUT -p 0x1234 -j ACCEPT
ebtables-translate -A INPUT -p LENGTH -j ACCEPT
ebtables-translate -A INPUT -p IPv4 --ip-dst 10.0.0.0/8 --ip-proto udp --ip-sport 53 -j ACCEPT
ebtables-translate -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type echo-request -j ACCEPT
ebtables-translate -A INPUT -p IPv4 --ip-tos 0x10 -j ACCEPT
ebtables-translate -A INPUT -p IPv6 --ip6-proto tcp --ip6-dport 80:90 -j ACCEPT
ebtables-translate -A INPUT -i eth+ -o ! br0 -j ACCEPT
ebtables-translate -A FORWARD --logical-in br0 -j ACCEPT
ebtables-translate -A INPUT -d ff:ff:ff:ff:ff:ff -j DROP
ebtables-translate -A INPUT -d Broadcast -j DROP
ebtables-translate -A INPUT -d Multicast -j DROP
ebtables-translate -A INPUT -s 00:11:22:00:00:00/ff:ff:ff:00:00:00 -j DROP
ebtables-translate -A INPUT --pkttype-type broadcast -j DROP
ebtables-translate -A INPUT --log-prefix "x" --log-level info -j ACCEPT
ebtables-translate -A INPUT --nflog-group 2 -j ACCEPT
ebtables-translate -t nat -A PREROUTING -d 00:11:22:33:44:55 -j dnat --to-dst 00:aa:bb:cc:dd:ee --dnat-target ACCEPT
ebtables-translate -t nat -A POSTROUTING -j snat --to-src 00:aa:bb:cc:dd:ee
ebtables-translate -t nat -A PREROUTING -j redirect
ebtables-translate -A INPUT -j mark --mark-or 0x10 --mark-target CONTINUE
ebtables-translate -A INPUT --mark 0x10/0xf0 -j ACCEPT
ebtables-translate -A INPUT -p 802_1Q --vlan-prio 3 --vlan-encap IPv4 -j ACCEPT
ebtables-translate -A INPUT --limit 100/minute --limit-burst 10 -j ACCEPT
ebtables-translate -t broute -A BROUTING -j DROP
ebtables-translate -X FOO
ebtables-translate -E FOO BAR
ebtables-translate -Z
ebtables-translate -L --Lc
ebtables-translate -t nat -F PREROUTING
ebtables-translate -N FOO -P DROP
ebtables-translate -A NOPE -j ACCEPT
ebtables-translate -A INPUT -j NOPE
ebtables-translate -t bogus -A INPUT -j ACCEPT
ebtables-translate -A INPUT -p IPv4 --ip-src 300.1.1.1 -j ACCEPT
ebtables-translate -A INPUT -c 5 10 -j ACCEPT
ebtables-translate --version
ebtables-translate -A INPUT -p ARP --arp-ip-src 1.2.3.4 -j ACCEPT
ebtables-translate -A INPUT -j ACCEPT ; echo rc=$?
ebtables-translate -A INPUT -j ACCEPT > /dev/null; echo rc=$?
ebtables-translate -A INPUT -p ARP -j ACCEPT | od -c | head -5
ebtables-translate -X; echo rc=$?
ebtables-translate -X | od -c
ebtables-translate -F; echo rc=$?
ebtables-translate -t nat -L; echo rc=$?
ebtables-translate -A INPUT -p IPv4 --limit 5/s -j ACCEPT
ebtables-translate -A INPUT -p 802_1Q --mark 5 -j ACCEPT
ebtables-translate -A INPUT -p IPv6 --log -j ACCEPT
ebtables-translate -A INPUT -p IPv6 -j ACCEPT
ebtables-translate -A INPUT -p ARP -j ACCEPT
ebtables-translate -A INPUT -p 802_1Q -j ACCEPT
ebtables-translate -A INPUT -p ! IPv6 --ip6-src ::1 -j ACCEPT
ebtables-translate -A INPUT -p IPv4 --ip-proto tcp -j ACCEPT
ebtables-translate -A INPUT -p IPv6 --ip6-proto tcp -j ACCEPT
ebtables-translate -A INPUT -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type echo-request -j ACCEPT
ebtables-translate -A INPUT -i eth+ -j ACCEPT
ebtables-translate -A FORWARD -i ! eth0 -o veth+ -j ACCEPT
ebtables-translate -A INPUT -i + -j ACCEPT
ebtables-translate -A INPUT -s ! 00:11:22:33:44:55 -j DROP
ebtables-translate -A INPUT -j DROP -p IPv4
ebtables-translate -A INPUT --pkttype-type ! host -j DROP
ebtables-translate -A INPUT --log --log-ip --log-arp -j DROP
ebtables-translate -N FOO extra; echo rc=$?
ebtables-translate -N FOO -P ACCEPT; echo rc=$?
ebtables-translate -P INPUT; echo rc=$?
ebtables-translate -L FOO; echo rc=$?
ebtables-translate -L -t nat; echo rc=$?
ebtables-translate -A INPUT -t nat -j ACCEPT; echo rc=$?
ebtables-translate -A INPUT --ip-src 1.2.3.4 -j ACCEPT; echo rc=$?
ebtables-translate -A INPUT -j dnat; echo rc=$?
ebtables-translate -A INPUT -j mark --mark-set 1 --mark-target RETURN; echo rc=$?
ebtables-translate -A INPUT -j mark --mark-and 0xff; echo rc=$?
ebtables-translate -A INPUT -j mark --mark-xor 0xff; echo rc=$?
ebtables-translate -A INPUT -j LOG; echo rc=$?
ebtables-translate -A INPUT -j ACCEPT -c 1 2; echo rc=$?
ebtables-translate -I INPUT 5 -j ACCEPT; echo rc=$?
ebtables-translate --append INPUT --jump ACCEPT; echo rc=$?
ebtables-translate -A INPUT --vlan-id 5 -j ACCEPT; echo rc=$?
ebtables-translate -A FORWARD -s 00:11:22:33:44:55 -d ! Multicast -p IPv4 -i eth0 --logical-in br0 -o eth1 --logical-out br1 -j DROP
ebtables-translate -A INPUT --log
ebtables-translate -A INPUT -p IPv4 --ip-src 10.0.0.1 --log-prefix "seen " --limit 3/hour
xtables-nft-multi ebtables-translate -t nat -A POSTROUTING -o eth0 -j snat --to-source 02:00:00:00:00:01 --snat-target RETURN
ebtables-translate -t nat -A POSTROUTING -j snat --to-source 02:00:00:00:00:01 --snat-arp; echo rc=$?
