iptables -A INPUT -p tcp --tcp-option 2 -j ACCEPT
iptables -A INPUT -p tcp ! --tcp-option 8 -j ACCEPT
iptables -A INPUT -p tcp ! --tcp-flags ALL NONE -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ACK,FIN FIN -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ACK,PSH PSH -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ACK,URG URG -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN,FIN SYN,FIN -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN,RST SYN,RST -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
