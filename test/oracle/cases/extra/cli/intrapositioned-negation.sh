iptables -A INPUT -s ! 10.0.0.1 -j ACCEPT
iptables -A INPUT -p tcp --dport ! 22 -j ACCEPT
iptables -A INPUT -i ! eth0 -j ACCEPT
iptables -A INPUT -m state --state ! NEW -j ACCEPT
iptables -S INPUT
