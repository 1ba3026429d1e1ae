# iptables-persistent style workflow: rules.v4 saved and read back, counters kept with -c, one table only, --test, -n (noflush) adding twice, a hand-edited file with a typo, and ip6 rules in the v4 file
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -t nat -A POSTROUTING -s 10.8.0.0/24 -o eth0 -j MASQUERADE
iptables -P INPUT DROP
iptables-save > /tmp/rules.v4
grep -v '^#' /tmp/rules.v4
iptables-save -t nat | grep -v '^#'
iptables-save -c | grep -v '^#' | head -6
iptables -F
iptables -t nat -F
iptables -P INPUT ACCEPT
iptables-restore --test < /tmp/rules.v4; echo rc=$?
iptables -S
iptables-restore < /tmp/rules.v4
iptables -S
iptables -t nat -S
iptables-restore -n < /tmp/rules.v4
iptables -S INPUT
iptables-restore < /tmp/rules.v4
iptables -L INPUT -n --line-numbers
sed -i 's/--dport 22/--dport 2222/' /tmp/rules.v4
grep dport /tmp/rules.v4
iptables-restore < /tmp/rules.v4
iptables -S INPUT
sed 's/-j ACCEPT/-j ACCEPTT/' /tmp/rules.v4 > /tmp/bad.v4
iptables-restore < /tmp/bad.v4; echo rc=$?
sed 's/^COMMIT$//' /tmp/rules.v4 > /tmp/nocommit.v4
iptables-restore < /tmp/nocommit.v4; echo rc=$?
printf '*filter\n-A INPUT -s ::1 -j ACCEPT\nCOMMIT\n' > /tmp/v6in4
iptables-restore < /tmp/v6in4; echo rc=$?
iptables-restore /tmp/rules.v4
iptables-restore < /tmp/missing.v4
iptables-save > /tmp/dir/rules.v4
mkdir -p /tmp/iptables && iptables-save -f /tmp/iptables/rules.v4 && wc -l < /tmp/iptables/rules.v4
iptables -S
