# more ebtables match/target translations in nft list, user chain policies (RETURN has no policy rule), nat OUTPUT priority out
ebtables -N u1
ebtables -N u2 -P RETURN
ebtables -N u3 -P ACCEPT
ebtables -N u4
ebtables -P u4 DROP
ebtables -A INPUT -p LLDP -j DROP
ebtables -A INPUT -p ! Length -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:00/ff:ff:ff:ff:ff:80 -j ACCEPT
ebtables -A INPUT -s 00:11:22:33:44:80/ff:ff:ff:ff:ff:80 -d 01:00:00:00:00:00/01:00:00:00:00:00 -i eth0 -p IPv4 -j ACCEPT
ebtables -A INPUT -d ! 00:11:22:33:44:55 -j u1
ebtables -A INPUT -p IPv4 --ip-proto ! tcp -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto tcp -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto udp --ip-sport 1:1023 --ip-src ! 1.2.3.0/24 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 3/1 -j ACCEPT
ebtables -A INPUT -p IPv6 --ip6-dst ::1 --ip6-proto udp -j ACCEPT
ebtables -A INPUT -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type echo-request -j ACCEPT
ebtables -A INPUT --log-ip --log-level info -j ACCEPT
ebtables -A INPUT --log -j ACCEPT
ebtables -A INPUT --nflog-prefix foo --nflog-group 3 -j DROP
ebtables -A INPUT --mark ! 0x10 -j ACCEPT
ebtables -A INPUT --mark /0x10 -j ACCEPT
ebtables -A INPUT --limit 3/min --limit-burst 10 -j ACCEPT
ebtables -A INPUT --pkttype-type ! host -j ACCEPT
ebtables -A INPUT --pkttype-type otherhost -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id 10 --vlan-prio 3 --vlan-encap IPv4 -j ACCEPT
ebtables -A INPUT -j mark --mark-or 0x3 --mark-target ACCEPT
ebtables -A INPUT -j mark --mark-xor 0x3
ebtables -A u2 -j RETURN
ebtables -t nat -A OUTPUT -j snat --to-src 00:11:22:33:44:55 --snat-target DROP
ebtables -t nat -A OUTPUT -j dnat --to-dst 00:11:22:33:44:55 --dnat-target CONTINUE
ebtables -t nat -A PREROUTING -j redirect --redirect-target DROP
nft list ruleset
nft -s list chains
nft list chain bridge filter u4
ebtables -t nat -A PREROUTING -p IPv4 -j ACCEPT
nft list table bridge nat
