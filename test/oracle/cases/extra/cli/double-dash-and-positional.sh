iptables -A INPUT extra -j ACCEPT
iptables -S INPUT extra
iptables -L INPUT 1 2
iptables -F INPUT extra
iptables -P INPUT ACCEPT extra
iptables -- -S
iptables -S --
