iptables -N A
iptables -N B
iptables -N C
iptables -A INPUT -j A
iptables -A INPUT -j C
iptables -X B
iptables -L -n
iptables -N B
iptables -S
iptables -L -n
