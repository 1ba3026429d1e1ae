iptables -A INPUT -j SNAT --to-source 1.1.1.1
iptables -A INPUT -j DNAT --to-destination 1.1.1.1
iptables -A INPUT -j MASQUERADE
iptables -A INPUT -j REDIRECT
iptables -t nat -A POSTROUTING -j REDIRECT --to-ports 80
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A PREROUTING -j SNAT --to-source 1.1.1.1
iptables -t nat -A INPUT -j SNAT --to-source 1.1.1.1
iptables -t nat -A OUTPUT -j DNAT --to-destination 1.1.1.1
iptables -t mangle -A PREROUTING -j DNAT --to-destination 1.1.1.1
iptables -t raw -A OUTPUT -j MARK --set-mark 1
iptables -t nat -A POSTROUTING -j SNAT
iptables -t nat -A PREROUTING -j DNAT
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 0
iptables-save
