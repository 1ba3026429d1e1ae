iptables -A INPUT -p 47 -j ACCEPT
iptables -A INPUT -p gre -j ACCEPT
iptables -A INPUT -p 6 -j ACCEPT
iptables -A INPUT -p 17 -j ACCEPT
iptables -A INPUT -p 1 -j ACCEPT
iptables -A INPUT -p 0 -j ACCEPT
iptables -A INPUT -p 50 -j ACCEPT
iptables -A INPUT -p esp -j ACCEPT
iptables -A INPUT -p 132 -j ACCEPT
iptables -A INPUT -p 255 -j ACCEPT
iptables -A INPUT -p 256 -j ACCEPT
iptables -A INPUT -p foo -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT
