iptables -a INPUT -j ACCEPT
iptables -A input -j ACCEPT
iptables -A INPUT -j accept
iptables -A INPUT -j Accept
iptables -A INPUT -P tcp -j ACCEPT
iptables -A INPUT -p TCP --DPORT 22 -j ACCEPT
iptables -l
iptables --LIST
iptables -S
