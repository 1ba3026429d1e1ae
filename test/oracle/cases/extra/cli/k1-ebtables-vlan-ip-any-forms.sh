ebtables -A INPUT -p 802_1Q --vlan-id 65536 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id 69630 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id 65535 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id -65536 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id " 5" -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id +7 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id 010 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-id "" -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-prio 256 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-prio 263 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-prio 264 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-prio -256 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-encap 0x10000 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-encap 10800 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-encap 0x1003c -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-encap 3b -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-encap 3c -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-encap -1 -j ACCEPT
ebtables -A INPUT -p 802_1Q --vlan-encap "" -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-dst 1.2.3.4,5.6.7.8 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-src 1.2.3.4, -j ACCEPT
ebtables -A INPUT -p IPv6 --ip6-dst ::1,::2 -j ACCEPT
ebtables -A INPUT -p ARP --arp-ip-src 1.2.3.4,5.6.7.8 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-src 1.2.3.4,5.6.7.8/0 -j ACCEPT
ebtables -A INPUT -p IPv4 --ip-dst 1.2.3.4/24,5.6.7.8/24 -j ACCEPT
ebtables -A INPUT -p IPv6 --ip6-src ::1,::2/0 -j ACCEPT
ebtables -L
