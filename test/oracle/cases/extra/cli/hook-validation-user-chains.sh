iptables -N U
iptables -A U -m owner --uid-owner 0 -j ACCEPT
iptables -A INPUT -j U
iptables -A OUTPUT -j U
iptables -N V
iptables -A INPUT -j V
iptables -A V -m owner --uid-owner 0 -j ACCEPT
iptables -t nat -N N
iptables -t nat -A N -j DNAT --to-destination 10.0.0.1
iptables -t nat -A POSTROUTING -j N
iptables -t nat -A PREROUTING -j N
iptables -t nat -N M
iptables -t nat -A PREROUTING -j M
iptables -t nat -A M -j MASQUERADE
iptables -t mangle -N W
iptables -t mangle -A W -o eth0 -j ACCEPT
iptables -t mangle -A PREROUTING -j W
iptables -S
iptables -t nat -S
iptables -t mangle -S
