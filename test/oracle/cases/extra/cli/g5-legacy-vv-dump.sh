iptables-legacy -N b
iptables-legacy -N a
iptables-legacy -vv -A INPUT -s 10.0.0.0/8 -d 1.2.3.4 -i eth0 -o eth1+ -p tcp --dport 22 -j a -c 5 100
iptables-legacy -vv -A INPUT ! -s 1.1.1.1 ! -d 2.2.2.0/24 ! -i lo ! -p udp -f -g b
iptables-legacy -vv -A INPUT ! -f -j RETURN
iptables-legacy -vv -A a -m comment --comment x
iptables-legacy -vv -A b -j QUEUE
iptables-legacy -vv -P FORWARD DROP
iptables-legacy -vv -A OUTPUT -j LOG
iptables-legacy -vv -S
iptables-legacy -vv -D INPUT 9
iptables-legacy -vv -X nosuch
iptables-legacy -vv -A INPUT -j nosuch
iptables-legacy -vv -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-legacy -vv -t nat -L -n
iptables-legacy -vv -F a
iptables-legacy -vv -Z
