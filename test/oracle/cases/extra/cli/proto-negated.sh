iptables -A INPUT ! -p tcp -j ACCEPT
iptables -A INPUT ! -p 47 -j ACCEPT
iptables -A INPUT -p ! tcp -j ACCEPT
iptables -A INPUT ! -p all -j ACCEPT
iptables -A INPUT -p all -j ACCEPT
iptables -A INPUT -p ALL -j ACCEPT
iptables -A INPUT -p TCP -j ACCEPT
iptables -A INPUT -p icmp -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT -v -n
