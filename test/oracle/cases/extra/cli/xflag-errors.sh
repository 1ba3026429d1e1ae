iptables -N A
iptables -N B
iptables -A A -j B
iptables -X B
iptables -X A B
iptables -X NOPE
iptables -X A
iptables -X B
iptables -X
iptables -S
