iptables -A INPUT -j ACCEPT
iptables -Z -vv
iptables -Z FORWARD -vv
iptables -L -n -Z -vv
iptables -S FORWARD
iptables -Z OUTPUT -vv
iptables -P FORWARD DROP
iptables -Z -vv
iptables -t nat -Z -vv
iptables -t nat -A POSTROUTING -j ACCEPT
iptables -t nat -Z -vv
iptables -L FORWARD -n -Z -vv
iptables -S
iptables -t mangle -A OUTPUT -j ACCEPT
iptables -t mangle -L -Z -vv
iptables -t mangle -Z -vv
iptables -t nat -A OUTPUT -j ACCEPT
iptables -t nat -L -Z -n -vv
iptables -L -Z -vv -x
iptables -A OUTPUT -j ACCEPT
iptables -Z OUTPUT 1 -vv
iptables -L OUTPUT 1 -Z -vv
