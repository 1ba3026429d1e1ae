iptables-legacy -t nat -A POSTROUTING -j MASQUERADE
iptables -t nat -S
iptables -S
iptables-legacy -t nat -F
iptables -t nat -S
iptables -L -n
iptables-legacy-save
iptables-legacy -t nat -L -n
iptables-legacy -X NOPE
iptables-legacy -A INPUT -j NOPE
