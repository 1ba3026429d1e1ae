iptables -A INPUT -p tcp ! --dport 0:1023 -j ACCEPT
iptables -A INPUT -p tcp ! --dport 1000:65535 -j ACCEPT
iptables -A INPUT -p tcp ! --dport 0 -j ACCEPT
iptables -A INPUT -p tcp ! --dport 65535 -j ACCEPT
iptables -A INPUT -p tcp ! --dport 0:65535 -j ACCEPT
iptables -A INPUT -p tcp ! --sport 1:65535 -j ACCEPT
iptables -A INPUT -p tcp ! --sport 0:65534 -j ACCEPT
iptables -A INPUT -p tcp --sport 0:0 -j ACCEPT
iptables -A INPUT -p tcp ! --dport :1023 -j ACCEPT
iptables -A INPUT -p tcp ! --dport 1024: -j ACCEPT
iptables -A INPUT -p udp ! --sport 0:1023 ! --dport 1024:65535 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
