printf '*filter\n-4 -A INPUT -s 1.2.3.4 -j ACCEPT\n-6 -A INPUT -s ::1 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n' > /tmp/both.rules
iptables-restore < /tmp/both.rules; echo rc=$?
ip6tables-restore < /tmp/both.rules; echo rc=$?
iptables -S INPUT
ip6tables -S INPUT
iptables-legacy-restore < /tmp/both.rules; echo rc=$?
ip6tables-legacy-restore < /tmp/both.rules; echo rc=$?
iptables-legacy -S INPUT
ip6tables-legacy -S INPUT
iptables -4 -A INPUT -j DROP; echo rc=$?
iptables -6 -A INPUT -j DROP; echo rc=$?
ip6tables -6 -A INPUT -j DROP; echo rc=$?
ip6tables -4 -A INPUT -j DROP; echo rc=$?
iptables -4 -6 -A INPUT -j DROP; echo rc=$?
iptables -6 -4 -A INPUT -j DROP; echo rc=$?
iptables -S INPUT
ip6tables -S INPUT
