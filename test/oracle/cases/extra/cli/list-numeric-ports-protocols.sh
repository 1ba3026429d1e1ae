iptables -A INPUT -p udp --dport 67:68 -j ACCEPT
iptables -A INPUT -p tcp --dport 25 -j ACCEPT
iptables -A INPUT -p tcp --dport 5432 -j ACCEPT
iptables -A INPUT -p tcp --dport 9999 -j ACCEPT
iptables -A INPUT -p udp --dport 514 -j ACCEPT
iptables -A INPUT -p tcp --dport 514 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 25,110,143,993 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3 -j ACCEPT
iptables -A INPUT -p 50 -j ACCEPT
iptables -A INPUT -p 41 -j ACCEPT
iptables -A INPUT -p 89 -j ACCEPT
iptables -A INPUT -p 112 -j ACCEPT
iptables -A INPUT -p 2 -j ACCEPT
iptables -A INPUT -p 4 -j ACCEPT
iptables -A INPUT -p 99 -j ACCEPT
iptables -L INPUT
iptables -S INPUT
