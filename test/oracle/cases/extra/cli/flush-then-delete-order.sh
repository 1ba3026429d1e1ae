iptables -N A
iptables -A A -j ACCEPT
iptables -A INPUT -j A
iptables -X A
iptables -F A
iptables -X A
iptables -F INPUT
iptables -X A
iptables -S
