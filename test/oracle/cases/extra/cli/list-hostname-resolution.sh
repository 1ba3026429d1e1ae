iptables -A INPUT -s 127.0.0.1 -d 127.0.0.1 -j ACCEPT
iptables -A INPUT -s 127.0.0.0/8 -j ACCEPT
iptables -A INPUT -d 0.0.0.0 -j ACCEPT
iptables -A INPUT -s 255.255.255.255 -j ACCEPT
iptables -t nat -A OUTPUT -p tcp -j DNAT --to-destination 127.0.0.1:80
iptables -L INPUT
iptables -t nat -L OUTPUT
