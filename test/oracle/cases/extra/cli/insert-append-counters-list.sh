iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.2 -j ACCEPT
iptables -I INPUT -s 10.0.0.3 -j ACCEPT
iptables -I INPUT 3 -s 10.0.0.4 -j ACCEPT
iptables -A INPUT -s 10.0.0.5 -j ACCEPT
iptables -L INPUT -n --line-numbers
iptables -D INPUT 2
iptables -D INPUT -s 10.0.0.5 -j ACCEPT
iptables -L INPUT -n --line-numbers
