ebtables-translate -A INPUT -p ARP --arp-mac-src 00:11:22:33:44:55/00:00:00:00:00:00 -j ACCEPT
ebtables-translate -A INPUT -s 00:11:22:33:44:55/ff:ff:ff:00:00:00 -p ARP --arp-op Request -j ACCEPT
ebtables-translate -A INPUT -d 01:00:00:00:00:00/01:00:00:00:00:00 -p ARP --arp-op Reply -j ACCEPT
ebtables-translate -A INPUT -p ARP --arp-ip-src 10.0.0.0/8 -j ACCEPT
ebtables-translate -A INPUT -p ARP --arp-ip-dst 10.0.0.0/255.0.0.0 --arp-mac-dst 00:11:22:33:44:55/ff:ff:ff:ff:ff:00 -j ACCEPT
ebtables-translate -A INPUT -p ARP --arp-gratuitous -j ACCEPT
