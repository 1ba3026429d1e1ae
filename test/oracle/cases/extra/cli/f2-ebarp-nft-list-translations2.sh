# nft list of ebtables/arptables rules: --vlan-prio (dropped by the kernel beside a non-zero --vlan-id), ip6 transport protocols, IGMP types, arp ptype names, non-prefix masks, nft -n
ebtables -A INPUT -p 802_1Q --vlan-prio 3 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-prio ! 2 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id 0 --vlan-prio 5 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id 10 --vlan-prio 3 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id ! 0 --vlan-prio 4 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-prio 1 --vlan-encap IPv4 -j ACCEPT
ebtables -A INPUT -p IPv6 --ip6-proto tcp -j ACCEPT
ebtables -A INPUT -p IPv6 --ip6-src 2001:db8::/32 --ip6-proto udp --ip6-dport 53 -j ACCEPT
ebtables -A INPUT -p IPv6 --ip6-proto ! udp -j ACCEPT
ebtables -A INPUT -p IPv6 --ip6-proto ipv6-icmp -j ACCEPT
ebtables -A INPUT -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type echo-request -j ACCEPT
ebtables -A INPUT -p IPv6 --ip6-tclass 0x10 --ip6-proto tcp --ip6-sport 1024:65535 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto igmp --ip-igmp-type membership-query -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto igmp --ip-igmp-type ! membership-report-v3 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-proto igmp --ip-igmp-type 17:18 -j ACCEPT
ebtables -A INPUT -p ARP -j ACCEPT
ebtables -A INPUT -p 0x88cc -j ACCEPT
ebtables -L
nft list table bridge filter
nft -n list table bridge filter
arptables -A INPUT --proto-type 0x800 -j ACCEPT
arptables -A INPUT ! --proto-type 0x86dd -j ACCEPT
arptables -A INPUT --proto-type 0x806 -j ACCEPT
arptables -A INPUT --proto-type 0x1234 -j ACCEPT
arptables -A INPUT -s 10.0.0.0/255.0.255.0 -j ACCEPT
arptables -A INPUT -d ! 10.1.0.0/255.255.0.255 -j ACCEPT
arptables -A INPUT -s 10.2.0.0/16 -d 10.3.3.3 -j ACCEPT
arptables -A OUTPUT --opcode 2 -j ACCEPT
nft list table arp filter
nft -n list table arp filter
