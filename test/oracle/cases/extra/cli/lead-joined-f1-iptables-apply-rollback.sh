# f1-iptables-apply-rollback with legacy tables present and every command's stderr joined to its stdout (2>&1).
iptables-legacy -N LEGACYX; ip6tables-legacy -N LEGACYX
iptables-save > /tmp/ok 2>&1
iptables-apply /tmp/ok 2>&1
iptables -S 2>&1
printf '*filter\n-A INPUT -j DROP\nCOMMIT\n' > /tmp/new 2>&1
iptables-apply -t 1 /tmp/new 2>&1
iptables -S 2>&1
printf '*filter\n-A INPUT -j BOGUS\nCOMMIT\n' > /tmp/bad 2>&1
iptables-apply /tmp/bad 2>&1
iptables -S 2>&1
iptables-apply -t 0 /tmp/new 2>&1
iptables-apply -t -1 /tmp/new 2>&1
iptables-apply -t 1.5 /tmp/new 2>&1
iptables-apply --timeout=2 /tmp/new 2>&1
iptables-apply -w /tmp/saved /tmp/new 2>&1
cat /tmp/saved 2>&1
iptables-apply -c 'iptables -A INPUT -j ACCEPT' 2>&1
echo 'iptables -A INPUT -j ACCEPT' > /tmp/run.sh; chmod +x /tmp/run.sh 2>&1
iptables-apply -c /tmp/run.sh 2>&1
iptables -S 2>&1
iptables-apply -t 1 < /dev/null /tmp/new 2>&1
echo y | iptables-apply -t 1 /tmp/new 2>&1
iptables -S 2>&1
