iptables -A INPUT -s 10 -j ACCEPT
iptables -A INPUT -s 10.1 -j ACCEPT
iptables -A INPUT -s 10.1/16 -j ACCEPT
iptables -A INPUT -s 0x0a000001 -j ACCEPT
iptables -A INPUT -s 010.0.0.1 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/8 -j ACCEPT
iptables -S INPUT
