# a saved ruleset converted to CRLF (edited on Windows) restored with -v: the echoed header comment keeps its \r
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables-save > /tmp/rules.v4
sed -i 's/$/\r/' /tmp/rules.v4
iptables-restore -v < /tmp/rules.v4; echo rc=$?
iptables-restore -v --test < /tmp/rules.v4; echo rc=$?
grep -c $'\r$' /tmp/rules.v4
tr -d '\r' < /tmp/rules.v4 | iptables-restore -v; echo rc=$?
iptables -S
