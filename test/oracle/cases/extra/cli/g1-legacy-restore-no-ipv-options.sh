printf '*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n' > /tmp/g1r
iptables-legacy-restore --ipv6 < /tmp/g1r; echo rc=$?
iptables-legacy-restore --ipv4 < /tmp/g1r; echo rc=$?
iptables-legacy-restore --ip < /tmp/g1r; echo rc=$?
iptables-legacy-restore -4 < /tmp/g1r; echo rc=$?
ip6tables-legacy-restore --ipv4 < /tmp/g1r; echo rc=$?
ip6tables-legacy-restore --ipv6 < /tmp/g1r; echo rc=$?
iptables-restore --ipv6 < /tmp/g1r; echo rc=$?
iptables-restore --ipv4 < /tmp/g1r; echo rc=$?
iptables-restore --ip < /tmp/g1r; echo rc=$?
iptables-restore -4 < /tmp/g1r; echo rc=$?
ip6tables-restore --ipv4 < /tmp/g1r; echo rc=$?
iptables-legacy-restore --w < /tmp/g1r; echo rc=$?
iptables-legacy-restore --wait-i=1 < /tmp/g1r; echo rc=$?
iptables-legacy-restore --t < /tmp/g1r; echo rc=$?
iptables-legacy-restore --te < /tmp/g1r; echo rc=$?
iptables-restore --te < /tmp/g1r; echo rc=$?
iptables-legacy-save --ipv4 | grep -c COMMIT; echo rc=$?
iptables-legacy-save --ip; echo rc=$?
iptables-save --ip; echo rc=$?
