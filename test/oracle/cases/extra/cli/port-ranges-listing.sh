iptables -A INPUT -p tcp --sport 1024:65535 --dport 22 -j ACCEPT
iptables -A INPUT -p udp ! --sport 0:1023 -j ACCEPT
iptables -A INPUT -p tcp ! --dport 1:100 -j ACCEPT
iptables -A INPUT -p tcp --dport 20:21 -j ACCEPT
iptables -L INPUT
iptables -L INPUT -n
iptables -S INPUT
