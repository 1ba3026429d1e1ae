iptables -N A
iptables -N B
iptables -N C
iptables -A A -j B
iptables -X
iptables -S
iptables -F
iptables -X
iptables -S
iptables -t nat -N N1
iptables -t nat -X
iptables -t nat -S
