iptables -t raw -L -n
iptables-save
iptables -t mangle -S
iptables-save
iptables -t security -A INPUT -j ACCEPT
iptables-save
iptables -t nat -Z
iptables-save
