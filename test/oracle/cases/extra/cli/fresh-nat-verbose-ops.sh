iptables -t nat -v -Z
iptables -t nat -v -F
iptables -t nat -Z PREROUTING
iptables -t nat -A POSTROUTING -j ACCEPT
iptables -t nat -v -Z
iptables -t nat -v -F
iptables -t mangle -v -F
