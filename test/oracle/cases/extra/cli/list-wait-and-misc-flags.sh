iptables -w -L -n
iptables -w 5 -A INPUT -j ACCEPT
iptables -W 1000 -w -S
iptables --wait=2 -S INPUT
iptables -L -n --exact
iptables -L -n --modprobe=/bin/true
iptables -4 -S
iptables -6 -S
