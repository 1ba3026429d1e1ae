# ebtables-nft rules as nft lists the bridge family: native ether/iif fields, match translations, xt match arp, user chains' policy rules
ebtables -A FORWARD -p IPv4 -j ACCEPT
ebtables -A FORWARD -p ARP -j ACCEPT
ebtables -A FORWARD -p ! IPv6 -j CONTINUE
ebtables -A FORWARD -p 0x86dd -j DROP
ebtables -A FORWARD -p LENGTH -j DROP
ebtables -A FORWARD -s 52:54:00:ab:cd:ef/ff:ff:ff:00:00:00 -j ACCEPT
ebtables -A FORWARD -d ! 01:00:5e:00:00:00/ff:ff:ff:80:00:00 -j ACCEPT
ebtables -A FORWARD -i eth+ -o ! vnet0 -j ACCEPT
ebtables -A FORWARD --logical-in br0 --logical-out ! br1 -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip-src 10.0.0.0/8 --ip-dst ! 10.1.2.3 --ip-proto tcp --ip-dport 22:25 --ip-sport ! 1024 -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip-proto udp --ip-dport 53 -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip-tos 0x10 -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip-proto icmp --ip-icmp-type echo-request -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-src 2001:db8::/32 --ip6-proto tcp --ip6-dport 80 -j ACCEPT
ebtables -A FORWARD -p 802_1Q --vlan-id 10 -j ACCEPT
ebtables -A FORWARD --pkttype-type multicast -j DROP
ebtables -A FORWARD --mark 0x10/0xff -j ACCEPT
ebtables -A FORWARD --limit 10/s --limit-burst 5 -j ACCEPT
ebtables -A FORWARD --log --log-prefix "ebt: " -j ACCEPT
ebtables -A FORWARD --nflog-group 2 -j ACCEPT
ebtables -A FORWARD -j mark --mark-set 0x5 --mark-target CONTINUE
ebtables -P FORWARD DROP
ebtables -N user1 -P DROP
ebtables -N user2
ebtables -A user1 -j user2
ebtables -A FORWARD -j user1
ebtables -t nat -A PREROUTING -d 00:11:22:33:44:55 -j dnat --to-dst 66:77:88:99:aa:bb --dnat-target ACCEPT
ebtables -t nat -A POSTROUTING -s 00:11:22:33:44:55 -j snat --to-src 66:77:88:99:aa:bb --snat-arp
ebtables -t nat -A PREROUTING -p IPv4 -j redirect --redirect-target ACCEPT
ebtables -t nat -A PREROUTING -p ARP --arp-op Request --arp-ip-src 10.0.0.1 -j ACCEPT
ebtables -t nat -A PREROUTING -p ARP --arp-mac-dst 00:11:22:33:44:55 -j ACCEPT
iptables -A INPUT -j ACCEPT
ebtables -L --Lc
nft list table bridge filter
nft list table bridge nat
nft list ruleset
nft list tables
nft list chains bridge
