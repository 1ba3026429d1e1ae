# Conntrack helpers and address types the kernel has for IPv4 only.
ip6tables -t raw -A PREROUTING -p tcp -j CT --helper ftp
ip6tables -t raw -A PREROUTING -p tcp -j CT --helper irc
ip6tables -t raw -A PREROUTING -p tcp -j CT --helper pptp
ip6tables -t raw -A PREROUTING -p udp -j CT --helper snmp
ip6tables -t raw -A PREROUTING -p udp -j CT --helper netbios-ns
ip6tables -t raw -A PREROUTING -p udp -j CT --helper sip
ip6tables -t raw -A OUTPUT -p udp -j CT --helper tftp
ip6tables -t raw -A OUTPUT -p tcp -j CT --helper Q.931
iptables -t raw -A PREROUTING -p tcp -j CT --helper irc
iptables -t raw -A PREROUTING -p udp -j CT --helper netbios-ns
ip6tables -t raw -S
iptables -t raw -S
ip6tables -A INPUT -m addrtype --src-type UNICAST
ip6tables -A INPUT -m addrtype --src-type BROADCAST
ip6tables -A INPUT -m addrtype ! --dst-type BLACKHOLE
ip6tables -A INPUT -m addrtype --dst-type UNREACHABLE
ip6tables -A INPUT -m addrtype --dst-type PROHIBIT
ip6tables -A INPUT -m addrtype --dst-type LOCAL,NAT
ip6tables -A INPUT -m addrtype --dst-type MULTICAST,ANYCAST,UNSPEC
ip6tables -A INPUT -m addrtype --src-type XRESOLVE
ip6tables-legacy -A INPUT -m addrtype --dst-type BROADCAST
ip6tables -t nat -A POSTROUTING -m addrtype --src-type LOCAL,BROADCAST -p tcp -j MASQUERADE --to-ports 5000
printf '*filter\n-A FORWARD -m addrtype --dst-type THROW\nCOMMIT\n' | ip6tables-restore --noflush
ip6tables -S
ip6tables -L INPUT -n
ip6tables -t nat -S
