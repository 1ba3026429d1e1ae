iptables -t nat -N X
iptables -t nat -A X -j RETURN
iptables -t mangle -A INPUT -j ACCEPT
iptables -F -t nat
iptables -t nat -S
iptables -t mangle -F
iptables -t mangle -S
iptables -t nat -X
iptables-save
