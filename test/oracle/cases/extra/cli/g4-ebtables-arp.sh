# ebtables-nft: the arp match (opcode names, htype, ptype, IP and MAC addresses with masks, gratuitous with a leading "!"), its errors and its need for -p ARP/RARP
ebtables -A INPUT -p ARP --arp-op Request --arp-ip-src 1.2.3.4 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p ARP --arp-op ! 2 --arp-htype Ethernet --arp-ptype IPv4 --arp-ip-dst 10.0.0.0/8 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p RARP --arp-opcode 12 --arp-htype ! 6 --arp-ptype 0x86dd -j DROP; echo rc=$?
ebtables -A INPUT -p ARP --arp-mac-src ! 00:11:22:33:44:55 --arp-mac-dst ff:ff:ff:ff:ff:ff -j ACCEPT; echo rc=$?
ebtables -A INPUT -p ARP --arp-mac-src 00:11:22:33:44:55/ff:ff:ff:00:00:00 ! --arp-gratuitous -j DROP; echo rc=$?
ebtables -A INPUT -p ARP --arp-gratuitous --arp-ip-src ! 192.168.1.1 -j DROP; echo rc=$?
ebtables -A INPUT --arp-op Reply -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --arp-op Reply -j DROP; echo rc=$?
ebtables -A INPUT -p ARP --arp-op foo -j DROP; echo rc=$?
ebtables -A INPUT -p ARP --arp-htype foo -j DROP; echo rc=$?
ebtables -A INPUT -p ARP --arp-ptype foo -j DROP; echo rc=$?
ebtables -A INPUT -p ARP --arp-mac-src 1:2:3 -j DROP; echo rc=$?
ebtables -A INPUT -p ARP --arp-op 1 --arp-op 2 -j DROP; echo rc=$?
ebtables -A INPUT -p ARP --arp-ip-src 1.2.3.4 --log -j DROP; echo rc=$?
ebtables -L INPUT --Ln
ebtables -D INPUT -p ARP --arp-op 1 --arp-ip-src 1.2.3.4 -j ACCEPT; echo rc=$?
ebtables-save | grep arp
