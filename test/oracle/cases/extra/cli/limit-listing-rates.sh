iptables -A INPUT -m limit --limit 7/hour -j ACCEPT
iptables -A INPUT -m limit --limit 30/min -j ACCEPT
iptables -A INPUT -m limit --limit 1/day -j ACCEPT
iptables -A INPUT -m limit --limit 25/sec --limit-burst 100 -j ACCEPT
iptables -A INPUT -m limit --limit 1000/day -j ACCEPT
iptables -A INPUT -m limit --limit 90/hour -j ACCEPT
iptables -A INPUT -m limit --limit 4/min -j ACCEPT
iptables -A INPUT -m limit --limit 3/hour -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
