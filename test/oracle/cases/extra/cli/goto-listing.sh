iptables -N G
iptables -A INPUT -g G
iptables -A INPUT -p tcp -g G
iptables -A INPUT ! -s 10.0.0.1 -g G
iptables -A INPUT -g ACCEPT
iptables -A INPUT -g NOPE
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT -v -n
