iptables -A INPUT -D INPUT -j ACCEPT
iptables -L -S
iptables -F -X
iptables -N A -N B
iptables -S -L
iptables -Z -S
iptables -L -F
iptables -X -F
