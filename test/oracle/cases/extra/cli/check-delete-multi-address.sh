iptables -A INPUT -s 10.0.0.1,10.0.0.2 -d 192.168.1.1,192.168.1.2 -j ACCEPT
iptables -S INPUT
iptables -C INPUT -s 10.0.0.1 -d 192.168.1.2 -j ACCEPT
iptables -C INPUT -s 10.0.0.1,10.0.0.2 -d 192.168.1.1 -j ACCEPT
iptables -D INPUT -s 10.0.0.2 -d 192.168.1.1,192.168.1.2 -j ACCEPT
iptables -S INPUT
iptables -D INPUT -s 10.0.0.1,10.0.0.2 -d 192.168.1.2 -j ACCEPT
iptables -S INPUT
