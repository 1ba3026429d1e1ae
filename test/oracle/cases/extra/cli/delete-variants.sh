iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.2 -p tcp --dport 22 -j ACCEPT
iptables -D INPUT -p tcp -s 10.0.0.2 --dport 22 -j ACCEPT
iptables -D INPUT -s 10.0.0.1/32 -j ACCEPT
iptables -S INPUT
iptables -D INPUT
iptables -D INPUT 1 -j ACCEPT
iptables -D INPUT 0
iptables -D INPUT x
