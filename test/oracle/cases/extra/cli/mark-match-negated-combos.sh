iptables -A INPUT -m mark --mark 0x1 -m mark ! --mark 0x2 -j ACCEPT
iptables -A INPUT -m connmark --mark 0x1/0x1 -m mark --mark 0x1/0x1 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW -m state --state NEW -j ACCEPT
iptables -A INPUT -m comment --comment first -m tcp -p tcp --dport 22 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
