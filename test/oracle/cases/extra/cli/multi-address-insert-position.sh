iptables -A INPUT -s 10.0.0.100 -j ACCEPT
iptables -A INPUT -s 10.0.0.101 -j ACCEPT
iptables -I INPUT 2 -s 10.0.0.1,10.0.0.2 -d 10.1.0.1,10.1.0.2 -j DROP
iptables -S INPUT
iptables -A INPUT -s 10.0.0.5,10.0.0.5 -j DROP
iptables -A INPUT -s 10.0.0.0/24,10.0.0.7 -j DROP
iptables -A INPUT -s 10.0.0.8, -j DROP
iptables -S INPUT
iptables -D INPUT -s 10.0.0.1,10.0.0.2 -d 10.1.0.1,10.1.0.2 -j DROP
iptables -L INPUT -n --line-numbers
