
serve tcp 80
probe tcp 127.0.0.1 80
probe tcp 127.0.0.2 80
iptables -A INPUT -i lo -p tcp --dport 80 -j DROP
probe tcp 127.0.0.1 80
iptables -I OUTPUT -o lo -p tcp --dport 80 -j REJECT
probe tcp 127.0.0.1 80
probe udp 127.0.0.1 9
probe icmp 127.0.0.1
iptables -L -v -n
