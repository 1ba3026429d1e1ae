iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-save -f /tmp/out.rules; echo rc=$?
grep -v '^#' /tmp/out.rules
iptables-save --file=/tmp/out2.rules -t nat; echo rc=$?
grep -c . /tmp/out2.rules
iptables-save --file /tmp/nodir/x; echo rc=$?
iptables-save --counters --table=filter | grep -v '^#'
iptables-save --table filter --table nat | grep -v '^#'
iptables-save -t filter -c -t nat | grep -v '^#'
iptables-save -M /bin/true -t filter | grep -v '^#'
iptables-save --modprobe=/bin/true -t filter | grep -c COMMIT
iptables-save extra; echo rc=$?
iptables-save -x; echo rc=$?
iptables-save --bogus; echo rc=$?
iptables-save -t; echo rc=$?
iptables-save -f; echo rc=$?
iptables-save -c -c | grep -c '^\['
iptables-save --count | grep -c '^\['
iptables-save --tab nat | grep -c MASQ
iptables-save -tnat | grep -c MASQ
iptables-restore -f /tmp/out.rules; echo rc=$?
iptables-restore /tmp/out.rules; echo rc=$?
iptables-restore /tmp/out.rules /tmp/out2.rules; echo rc=$?
iptables-restore /tmp/nonexistent; echo rc=$?
iptables-restore --bogus < /tmp/out.rules; echo rc=$?
iptables-restore -x < /tmp/out.rules; echo rc=$?
iptables-restore -t < /tmp/out.rules; echo rc=$?
iptables-restore -T bogus < /tmp/out.rules; echo rc=$?
iptables-restore -T mangle < /tmp/out.rules; echo rc=$?
ip6tables-save -f /tmp/v6.rules; echo rc=$?
grep -v '^#' /tmp/v6.rules
ip6tables-restore < /tmp/out.rules; echo rc=$?
iptables -S
