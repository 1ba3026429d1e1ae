iptables -A INPUT -j MARK --set-mark abc
iptables -A INPUT -j MARK --set-mark 1 --and-mark 2
iptables -A INPUT -j CONNMARK
iptables -A INPUT -j LOG --log-level 99
iptables -A INPUT -j LOG --log-prefix 0123456789012345678901234567890
iptables -t nat -A POSTROUTING -j SNAT --to-source abc
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4:abc
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:2000-1000
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:0
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports abc
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 70000
iptables -t raw -A PREROUTING -j CT --helper
iptables -t raw -A PREROUTING -j CT --notrack --zone 1
iptables -A INPUT -j REJECT --reject-with
iptables -S
iptables -t nat -S
iptables -t raw -S
