iptables -N A
iptables -N B
iptables -E A B
iptables -E A ABCDEFGHIJKLMNOPQRSTUVWXYZ0123
iptables -E A ACCEPT
iptables -E A
iptables -E
iptables -E A C D
iptables -t nat -E A C
iptables -E A -bad
iptables -S
