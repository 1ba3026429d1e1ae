iptables -N X
iptables -A X -j INPUT; echo rc=$?
iptables -A X -g OUTPUT; echo rc=$?
iptables -A INPUT -j INPUT; echo rc=$?
iptables -A INPUT -j X
iptables -A X -j X; echo rc=$?
iptables -t nat -A PREROUTING -j POSTROUTING; echo rc=$?
iptables -A X -j PREROUTING; echo rc=$?
iptables -S
iptables-legacy -N X
iptables-legacy -A X -j INPUT; echo rc=$?
iptables-legacy -A X -g OUTPUT; echo rc=$?
iptables-legacy -A INPUT -j INPUT; echo rc=$?
iptables-legacy -A X -j PREROUTING; echo rc=$?
iptables-legacy -S
ip6tables -N X
ip6tables -A X -j FORWARD; echo rc=$?
ip6tables-legacy -N X
ip6tables-legacy -A X -j FORWARD; echo rc=$?
printf '*filter\n:X - [0:0]\n-A X -j INPUT\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n:X - [0:0]\n-A X -j INPUT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
