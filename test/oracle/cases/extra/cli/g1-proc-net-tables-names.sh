cat /proc/net/ip_tables_names; echo rc=$?
cat /proc/net/ip6_tables_names; echo rc=$?
iptables -A INPUT -j ACCEPT
cat /proc/net/ip_tables_names; echo rc=$?
iptables-legacy -t nat -L >/dev/null
iptables-legacy -L >/dev/null
ip6tables-legacy -t mangle -L >/dev/null
cat /proc/net/ip_tables_names /proc/net/ip6_tables_names
iptables-legacy -t nat -F
iptables-legacy -t raw -S >/dev/null
grep -c . /proc/net/ip_tables_names
test -e /proc/net/ip_tables_names && echo exists
ls /proc/net/ip_tables_names
wc -l < /proc/net/ip_tables_names
