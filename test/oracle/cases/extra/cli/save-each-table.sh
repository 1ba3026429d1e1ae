iptables -A INPUT -j ACCEPT
iptables -t nat -A POSTROUTING -j MASQUERADE
iptables -t mangle -A PREROUTING -j MARK --set-mark 1
iptables -t raw -A PREROUTING -j CT --notrack
iptables-save -t filter
iptables-save -t nat
iptables-save -t mangle
iptables-save -t raw
iptables-save -t security
iptables-save -t nope
iptables-save --table=nat
