ip6tables -A INPUT -p tcp -m conntrack --ctstate NEW -m tcp --dport 22 -j ACCEPT
ip6tables -C INPUT -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT; echo rc=$?
ip6tables -C INPUT -p tcp -m conntrack --ctstate NEW -m tcp --dport 22 -j ACCEPT; echo rc=$?
ip6tables -S INPUT
iptables -A INPUT -m comment --comment web -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables -C INPUT -p tcp -m multiport --dports 80,443 -m comment --comment web -j ACCEPT; echo rc=$?
iptables -C INPUT -m comment --comment web -p tcp -m multiport --dports 80,443 -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp -m comment --comment web -m multiport --dports 80,443 -j ACCEPT; echo rc=$?
iptables -C INPUT -m comment --comment web -p tcp -m multiport --dports 443,80 -j ACCEPT; echo rc=$?
iptables -D INPUT -p tcp -m multiport --dports 80,443 -m comment --comment web -j ACCEPT; echo rc=$?
iptables -S INPUT
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -j ACCEPT
iptables -C INPUT -p tcp -m state --state NEW --dport 22 -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp -m state --state NEW -m tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -C INPUT -m state --state NEW -p tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp -m tcp --dport 22 -m state --state NEW -j ACCEPT; echo rc=$?
iptables -S INPUT
iptables -A INPUT -m mark --mark 1 -m connmark --mark 2 -j ACCEPT
iptables -C INPUT -m connmark --mark 2 -m mark --mark 1 -j ACCEPT; echo rc=$?
iptables -C INPUT -m mark --mark 0x1 -m connmark --mark 0x2/0xffffffff -j ACCEPT; echo rc=$?
iptables -A INPUT -m limit --limit 5/min --limit-burst 10 -j LOG
iptables -C INPUT -m limit --limit-burst 10 --limit 5/minute -j LOG; echo rc=$?
iptables -C INPUT -m limit --limit 5/min -j LOG; echo rc=$?
iptables -C INPUT -m limit --limit 5/min --limit-burst 10 -j LOG --log-level 4; echo rc=$?
iptables -C INPUT -m limit --limit 5/min --limit-burst 10 -j LOG --log-level warning; echo rc=$?
iptables -C INPUT -m limit --limit 5/min --limit-burst 10 -j LOG --log-level 5; echo rc=$?
iptables -A INPUT -p udp -m udp --sport 53 -m udp --dport 53 -j ACCEPT
iptables -S INPUT
iptables -C INPUT -p udp --sport 53 --dport 53 -j ACCEPT; echo rc=$?
iptables -C INPUT -p udp -m udp --sport 53 -m udp --dport 53 -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp -m tcp -m tcp --dport 1 -j ACCEPT; echo rc=$?
iptables -A INPUT -m comment --comment a -m comment --comment b -j ACCEPT
iptables -S INPUT
iptables -C INPUT -m comment --comment b -m comment --comment a -j ACCEPT; echo rc=$?
iptables -C INPUT -m comment --comment a -m comment --comment b -j ACCEPT; echo rc=$?
iptables -L INPUT -n
iptables-legacy -A INPUT -p tcp -m conntrack --ctstate NEW -m tcp --dport 22 -j ACCEPT
iptables-legacy -C INPUT -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT; echo rc=$?
iptables-legacy -C INPUT -p tcp -m conntrack --ctstate NEW -m tcp --dport 22 -j ACCEPT; echo rc=$?
