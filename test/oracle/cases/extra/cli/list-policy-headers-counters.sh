iptables -P INPUT DROP
iptables -P FORWARD DROP
iptables -N U
iptables -A INPUT -j U
iptables -L
iptables -L -v
iptables -L U -v -x
iptables -t nat -L -v
iptables -S
