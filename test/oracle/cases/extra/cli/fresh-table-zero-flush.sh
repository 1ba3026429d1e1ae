iptables -Z
iptables -Z INPUT
iptables -Z OUTPUT 1
iptables -v -F
iptables -v -Z
iptables -F OUTPUT
iptables -v -X
iptables -S
