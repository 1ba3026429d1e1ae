iptables -A INPUT -s 169.254.0.0/16 -j ACCEPT
iptables -A INPUT -s 0.0.0.0/8 -j ACCEPT
iptables -A INPUT -d 127.0.0.0/8 -j ACCEPT
iptables -A INPUT -d 127.0.0.0/16 -j ACCEPT
iptables -A INPUT -s 169.254.1.1 -j ACCEPT
iptables -A INPUT -s 127.0.1.1 -j ACCEPT
iptables -A INPUT -s 0.0.0.0/32 -j ACCEPT
iptables -L INPUT
