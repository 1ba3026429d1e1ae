iptables -A INPUT -m limit --limit 1/sec -j ACCEPT
iptables -A INPUT -m limit --limit 10/minute -j ACCEPT
iptables -A INPUT -m limit --limit 5/hour --limit-burst 1 -j ACCEPT
iptables -A INPUT -m limit --limit 2/day -j ACCEPT
iptables -A INPUT -m limit --limit 3/s -j ACCEPT
iptables -A INPUT -m limit --limit 3/m -j ACCEPT
iptables -A INPUT -m limit --limit 100 -j ACCEPT
iptables -A INPUT -m limit -j ACCEPT
iptables -A INPUT -m limit --limit 60/min -j ACCEPT
iptables -A INPUT -m limit ! --limit 1/s -j ACCEPT
iptables -A INPUT -m limit --limit 1/fortnight -j ACCEPT
iptables -A INPUT -m limit --limit 20000/sec -j ACCEPT
iptables -A INPUT -m limit --limit-burst 20000 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
