iptables -N accept
iptables -N drop
iptables -A INPUT -j accept
iptables -A INPUT -j drop
iptables -A INPUT -j Drop
iptables -S
iptables -L -n
