iptables -A INPUT -f -j DROP
iptables -A INPUT ! -f -j ACCEPT
iptables -A INPUT -p tcp -f -j DROP
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT -v -n
