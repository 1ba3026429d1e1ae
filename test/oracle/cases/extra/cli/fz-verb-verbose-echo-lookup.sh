iptables -v -I NOPE -s 1.2.3.4 -j DROP
iptables -v -A NOPE -j DROP
iptables -v -R NOPE 1 -j DROP
iptables-legacy -v -A NOPE -j DROP
iptables-legacy -v -I NOPE -j DROP
iptables -v -A INPUT -j NOPE2
iptables -v -A NOPE -j INPUT
iptables -v -I OUTPUT 2 -j DROP
iptables -v -A NOPE -j LOG
