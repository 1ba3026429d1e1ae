iptables -S FORWARD -t nat
iptables -L PREROUTING
iptables -t nat -L FORWARD
iptables -t raw -S INPUT
iptables -t raw -A INPUT -j ACCEPT
iptables -t mangle -L FOO
iptables -P NOPE DROP
iptables -t nat -P NOPE ACCEPT
iptables -t raw -P PREROUTING DROP
iptables -t raw -S
