iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
iptables -A INPUT -m mac ! --mac-source AA:BB:CC:DD:EE:FF -j DROP
iptables -A INPUT -m mac --mac-source 00:11:22:33:44 -j DROP
iptables -A OUTPUT -m mac --mac-source 00:11:22:33:44:55 -j DROP
iptables -A FORWARD -m mac --mac-source 0:1:2:3:4:5 -j DROP
iptables -S
iptables -L -n
