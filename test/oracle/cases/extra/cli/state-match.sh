iptables -A INPUT -m state --state NEW -j ACCEPT
iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -m state ! --state INVALID -j ACCEPT
iptables -A INPUT -m state --state UNTRACKED -j ACCEPT
iptables -A INPUT -m state --state RELATED,ESTABLISHED,NEW,INVALID -j ACCEPT
iptables -A INPUT -m state --state BOGUS -j ACCEPT
iptables -A INPUT -m state -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
