iptables -t nat -t filter -S
iptables -t nat -S -t nat
iptables -t '' -S
iptables -S -t
iptables -t FILTER -S
iptables -t filter1 -S
