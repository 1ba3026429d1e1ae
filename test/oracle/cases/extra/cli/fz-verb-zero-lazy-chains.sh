iptables -t raw -S -Z OUTPUT
iptables -t raw -L -Z OUTPUT -v
iptables -Z INPUT -L
iptables -Z INPUT 1 -L
iptables -Z INPUT 1
iptables -Z NOPE 1
iptables -t raw -A PREROUTING -j ACCEPT
iptables -t raw -Z OUTPUT
iptables -t raw -Z OUTPUT 1
iptables -t raw -Z NOPE 1
iptables -t raw -Z OUTPUT 1 -L
iptables -t raw -Z OUTPUT -L -v
iptables -t raw -Z PREROUTING 2 -L
iptables -t raw -Z PREROUTING 1 -S
iptables -t mangle -A INPUT -j ACCEPT
iptables -t mangle -Z OUTPUT 1
iptables -t mangle -Z NOPE 1
iptables -t mangle -Z OUTPUT -S
iptables -t mangle -Z INPUT 3
iptables -t nat -Z POSTROUTING 1 -L -v
iptables -t nat -Z NOPE 2 -S
iptables -t security -Z INPUT -v
iptables -t security -Z INPUT 1 -v
iptables-save
