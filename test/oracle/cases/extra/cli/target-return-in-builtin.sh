iptables -A INPUT -j RETURN
iptables -A INPUT -s 10.0.0.1 -j RETURN
iptables -t nat -A PREROUTING -j RETURN
iptables -N C
iptables -A C -j C
iptables -A C -g C
iptables -S
iptables -L -n
