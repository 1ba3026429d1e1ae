iptables -j ACCEPT -A INPUT -s 10.0.0.1
iptables -p tcp --dport 22 -A INPUT -j ACCEPT
iptables -A INPUT -j ACCEPT -p udp --dport 53
iptables -A INPUT --dport 80 -p tcp -j ACCEPT
iptables -A INPUT -j DROP -j ACCEPT
iptables -A INPUT -s 10.0.0.1 -s 10.0.0.2 -j ACCEPT
iptables -A INPUT -p tcp -p udp -j ACCEPT
iptables -S INPUT
