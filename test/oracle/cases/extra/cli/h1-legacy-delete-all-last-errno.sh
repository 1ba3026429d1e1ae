iptables-legacy -N A
iptables-legacy -N B
iptables-legacy -A A -j B
iptables-legacy -X; echo rc=$?
iptables-legacy -X -v; echo rc=$?
iptables-legacy -S
iptables-legacy -F
iptables-legacy -N Z
iptables-legacy -A Z -j A
iptables-legacy -X; echo rc=$?
iptables-legacy -N M
iptables-legacy -A M -j ACCEPT
iptables-legacy -X; echo rc=$?
iptables-legacy -N N
iptables-legacy -X; echo rc=$?
iptables-legacy -S
iptables-legacy -F Z
iptables-legacy -X; echo rc=$?
iptables-legacy -F M
iptables-legacy -X; echo rc=$?
iptables-legacy -S
ip6tables-legacy -N A
ip6tables-legacy -N B
ip6tables-legacy -A A -j B
ip6tables-legacy -X; echo rc=$?
ip6tables-legacy -A INPUT -j A
ip6tables-legacy -X; echo rc=$?
ip6tables-legacy -t nat -N P
ip6tables-legacy -t nat -N Q
ip6tables-legacy -t nat -A Q -j P
ip6tables-legacy -t nat -X; echo rc=$?
iptables -N A
iptables -N B
iptables -A A -j B
iptables -X; echo rc=$?
iptables -N Z
iptables -A Z -j A
iptables -X; echo rc=$?
iptables -X -v; echo rc=$?
