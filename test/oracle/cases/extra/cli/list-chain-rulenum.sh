iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.2 -j DROP
iptables -L INPUT 2
iptables -L INPUT 1 -n
iptables -L INPUT 3
iptables -L INPUT 0
iptables -L INPUT 2 -v -n
