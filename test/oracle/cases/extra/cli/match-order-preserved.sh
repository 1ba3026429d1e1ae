iptables -A INPUT -m comment --comment first -p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW -m comment --comment second -m limit --limit 1/s -j ACCEPT
iptables -A INPUT -m limit --limit 1/s -m mark --mark 1 -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1,2 -m tcp --sport 3 -j ACCEPT
iptables -A INPUT -p tcp --sport 3 -m multiport --dports 1,2 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
