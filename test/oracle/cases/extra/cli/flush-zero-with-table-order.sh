iptables -A INPUT -j ACCEPT
iptables -t nat -A OUTPUT -j ACCEPT
iptables -F -t nat OUTPUT
iptables -t nat -S
iptables -S
iptables -F INPUT -t filter
iptables -S
iptables -Z -t nat OUTPUT
iptables -t nat -Z NOPE
iptables -t nat -F NOPE
