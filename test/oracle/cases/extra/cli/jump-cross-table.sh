iptables -t nat -N NATCHAIN
iptables -A INPUT -j NATCHAIN
iptables -N FILT
iptables -t nat -A PREROUTING -j FILT
iptables -t nat -A PREROUTING -j NATCHAIN
iptables -A INPUT -j RETURN
iptables -A FILT -j FILT
iptables -S
iptables -t nat -S
