iptables -t nat -L
iptables -t mangle -L
iptables -t raw -L
iptables -t security -L
iptables -t nat -S
iptables -t mangle -S
iptables -t raw -S
