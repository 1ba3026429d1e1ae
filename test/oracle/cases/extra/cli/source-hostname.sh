iptables -A INPUT -s localhost -j ACCEPT
iptables -A INPUT -d localhost -j ACCEPT
iptables -A INPUT -s localhost/24 -j ACCEPT
iptables -A INPUT -s nonexistent.invalid -j ACCEPT
iptables -S INPUT
iptables -L INPUT
