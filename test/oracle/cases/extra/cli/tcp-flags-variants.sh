iptables -A INPUT -p tcp --tcp-flags ALL NONE -j DROP
iptables -A INPUT -p tcp --tcp-flags NONE NONE -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN,FIN,RST,PSH,ACK,URG ALL -j DROP
iptables -A INPUT -p tcp --tcp-flags ALL FIN,PSH,URG -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN,ACK ACK -j DROP
iptables -A INPUT -p tcp --tcp-flags syn,ack ack -j DROP
iptables -A INPUT -p tcp --tcp-flags FOO SYN -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN -j DROP
iptables -A INPUT -p tcp --tcp-flags ECE,CWR ECE -j DROP
iptables -S INPUT
iptables -L INPUT -n
