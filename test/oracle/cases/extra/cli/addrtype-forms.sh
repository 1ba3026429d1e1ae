iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A INPUT -m addrtype --src-type LOCAL,BROADCAST -j ACCEPT
iptables -A INPUT -m addrtype ! --dst-type LOCAL -j ACCEPT
iptables -A INPUT -m addrtype --dst-type LOCAL --limit-iface-in -j ACCEPT
iptables -A OUTPUT -m addrtype --dst-type LOCAL --limit-iface-out -j ACCEPT
iptables -A INPUT -m addrtype --dst-type UNICAST,MULTICAST,ANYCAST,UNREACHABLE,PROHIBIT,BLACKHOLE,THROW,NAT,XRESOLVE,UNSPEC -j ACCEPT
iptables -A INPUT -m addrtype --dst-type BOGUS -j ACCEPT
iptables -A INPUT -m addrtype --dst-type local -j ACCEPT
iptables -A INPUT -m addrtype --limit-iface-out --dst-type LOCAL -j ACCEPT
iptables -S
iptables -L -n
