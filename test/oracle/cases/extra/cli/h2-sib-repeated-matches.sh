# Siblings of match-combined: one match given twice in a rule, listed, saved, deleted and checked in either order
iptables -A INPUT -m mark --mark 1 -m mark --mark 2 -j ACCEPT
iptables -A INPUT -p tcp -m tcp --dport 1 -m tcp --sport 2 -j ACCEPT
iptables -A INPUT -p tcp -m tcp --dport 1 -m tcp --dport 2 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A INPUT -m state --state NEW -m conntrack --ctstate NEW -j ACCEPT
iptables -A INPUT -m limit --limit 1/s -m limit --limit 2/s -j ACCEPT
iptables -A INPUT -m iprange --src-range 1.1.1.1-1.1.1.2 -m iprange ! --src-range 1.1.1.2-1.1.1.2 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 2 -m statistic --mode random --probability 0.5 -j ACCEPT
iptables -A INPUT -m addrtype --src-type LOCAL -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1,2 -m multiport --sports 3,4 -j ACCEPT
iptables -A INPUT -m comment --comment a -m mark --mark 1 -m comment --comment b -j ACCEPT
iptables -A INPUT -m recent --set --name a -m recent --rcheck --name b -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables-save -t filter
iptables -D INPUT -m mark --mark 2 -m mark --mark 1 -j ACCEPT
iptables -D INPUT -m mark --mark 1 -m mark --mark 2 -j ACCEPT
iptables -C INPUT -m comment --comment a -m mark --mark 1 -m comment --comment b -j ACCEPT
echo rc=$?
iptables -C INPUT -m comment --comment b -m mark --mark 1 -m comment --comment a -j ACCEPT
echo rc=$?
nft list chain ip filter INPUT
iptables-translate -A INPUT -m mark --mark 1 -m mark --mark 2 -j ACCEPT
iptables-translate -A INPUT -m comment --comment a -m comment --comment b -j ACCEPT
