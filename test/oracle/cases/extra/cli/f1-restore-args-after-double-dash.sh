printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n' > /tmp/in
iptables-restore -- /tmp/in; echo rc=$?
iptables-restore -- -n < /tmp/in; echo rc=$?
iptables-restore -- /tmp/in /tmp/in; echo rc=$?
iptables-restore 3 -- -nc < /tmp/in; echo rc=$?
iptables-restore -- -Tnat -cn < /tmp/in; echo rc=$?
iptables-restore -n -- < /tmp/in; echo rc=$?
iptables-legacy-restore -- --noflu < /tmp/in; echo rc=$?
iptables-legacy-restore -- /tmp/in; echo rc=$?
iptables-legacy-restore 3 -- -nc < /tmp/in; echo rc=$?
iptables-legacy-restore /tmp/in -- x < /tmp/in; echo rc=$?
ip6tables-restore -- - < /tmp/in; echo rc=$?
iptables-restore - < /tmp/in; echo rc=$?
iptables -S INPUT
