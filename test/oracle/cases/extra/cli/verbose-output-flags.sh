iptables -v -A INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT
iptables -v -I INPUT -i lo -j ACCEPT
iptables -v -D INPUT 1
iptables -v -N X
iptables -v -F X
iptables -v -X X
iptables -v -P FORWARD DROP
iptables -v -Z
iptables -v -A INPUT -s 10.0.0.1,10.0.0.2 -j DROP
iptables -v -E NOPE X
