iptables -A INPUT -j ACCEPT -m comment --comment late
iptables -A INPUT -j LOG -p tcp --dport 22 --log-prefix x
iptables -A INPUT -j ACCEPT --log-prefix x
iptables -A INPUT -j LOG --log-prefix a --log-prefix b
iptables -A INPUT --comment x -j ACCEPT
iptables -A INPUT -m tcp --dport 22 -j ACCEPT
iptables -A INPUT -m tcp -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp -m tcp -m tcp --dport 22 -j ACCEPT
iptables -A INPUT -m multiport --dports 22 --sports 80 -p tcp -j ACCEPT
iptables -S INPUT
