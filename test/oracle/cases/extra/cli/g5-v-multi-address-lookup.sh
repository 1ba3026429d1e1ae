iptables -A INPUT -s 1.1.1.1 -j DROP
iptables -A INPUT -s 3.3.3.3 -j DROP
iptables -v -D INPUT -s 1.1.1.1,2.2.2.2,3.3.3.3 -j DROP
iptables -v -C INPUT -s 3.3.3.3,1.1.1.1 -j DROP
iptables -v -D INPUT -s 2.2.2.2,1.1.1.1 -j DROP
iptables -S
iptables-legacy -A INPUT -s 1.1.1.1
iptables-legacy -v -C INPUT -s 1.1.1.1,2.2.2.2,1.1.1.1
iptables-legacy -v -D INPUT -s 1.1.1.1,2.2.2.2
iptables-legacy -S
