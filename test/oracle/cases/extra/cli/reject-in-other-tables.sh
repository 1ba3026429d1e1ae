iptables -t nat -A PREROUTING -j REJECT
iptables -t mangle -A INPUT -j REJECT
iptables -t raw -A PREROUTING -j REJECT
iptables -t mangle -A PREROUTING -j DROP
iptables -t nat -A OUTPUT -j DROP
iptables -t mangle -S
iptables -t nat -S
