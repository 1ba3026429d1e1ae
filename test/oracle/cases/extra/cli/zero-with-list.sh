iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -Z -L -n
iptables -L -Z -n
iptables -Z INPUT -L INPUT -n -v
iptables -Z INPUT 1
iptables -Z INPUT 2
iptables -Z NOPE
