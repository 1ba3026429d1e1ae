iptables -A INPUT -s 10.1.2.3/0 -j ACCEPT
iptables -A INPUT -s 10.1.2.3/1 -j ACCEPT
iptables -A INPUT -s 10.1.2.3/31 -j ACCEPT
iptables -A INPUT -s 10.1.2.3/32 -j ACCEPT
iptables -A INPUT -s 10.1.2.3/255.255.0.0 -j ACCEPT
iptables -A INPUT -s 10.1.2.3/255.0.255.0 -j ACCEPT
iptables -A INPUT -s 10.1.2.3/0.0.0.0 -j ACCEPT
iptables -A INPUT -d 0.0.0.0/0 -j ACCEPT
iptables -A INPUT -s 10.1.2.3/33 -j ACCEPT
iptables -A INPUT -s 10.1.2.3/-1 -j ACCEPT
iptables -A INPUT -s 10.1.2 -j ACCEPT
iptables -A INPUT -s 10.1.2.256 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
