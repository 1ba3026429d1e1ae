iptables -N LOOPY
iptables -A LOOPY -j LOOPY
iptables -A LOOPY -j CLASSIFY --set-class 1:1
iptables -I OUTPUT -j LOOPY
iptables -I INPUT -j LOOPY
iptables -N C2
iptables -A C2 -j CLASSIFY --set-class 1:2
iptables -A C2 -j C2
iptables -I INPUT -j C2
iptables -A FORWARD -g C2
iptables -S
