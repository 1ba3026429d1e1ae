iptables -A INPUT -p tcp --dport :1024 -j ACCEPT
iptables -A INPUT -p tcp --dport 1024: -j ACCEPT
iptables -A INPUT -p tcp --dport 0:65535 -j ACCEPT
iptables -A INPUT -p tcp --dport 80:80 -j ACCEPT
iptables -A INPUT -p tcp --dport 90:80 -j ACCEPT
iptables -A INPUT -p tcp --dport http:https -j ACCEPT
iptables -A INPUT -p tcp --destination-port 22 -j ACCEPT
iptables -A INPUT -p tcp --source-port 22 -j ACCEPT
iptables -A INPUT -p udp --sport domain -j ACCEPT
iptables -A INPUT -p tcp --dport 65536 -j ACCEPT
iptables -A INPUT -p tcp --dport nosuchservice -j ACCEPT
iptables -A INPUT -p tcp --dport -1 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
