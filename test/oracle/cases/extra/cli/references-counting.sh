iptables -N T
iptables -A INPUT -j T
iptables -A OUTPUT -j T
iptables -A FORWARD -g T
iptables -N U
iptables -A T -j U
iptables -L -n
iptables -D OUTPUT -j T
iptables -L T -n
iptables -t nat -N T
iptables -t nat -L T -n
