iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.2 -j DROP
iptables -S INPUT 1
iptables -S INPUT 2
iptables -S INPUT 3
iptables -S INPUT 0
iptables -S INPUT 1 -v
