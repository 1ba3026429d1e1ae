# comm on unsorted iptables-save output: GNU warns once a file when a line was unpairable, fails at the end; --check-order / --nocheck-order
iptables -A INPUT -s 10.0.0.3 -j DROP; iptables -A INPUT -s 10.0.0.1 -j DROP; iptables -A INPUT -s 10.0.0.2 -j ACCEPT
iptables-save -t filter | grep -v '^#' > /tmp/a; iptables -D INPUT 1; iptables -A INPUT -p icmp -j ACCEPT; iptables-save -t filter | grep -v '^#' > /tmp/b
comm /tmp/a /tmp/b; echo rc=$?
comm -12 /tmp/a /tmp/b; echo rc=$?
comm -3 /tmp/a /tmp/b 2>&1; echo rc=$?
comm --check-order -3 /tmp/a /tmp/b; echo rc=$?
comm --check-order /tmp/a /tmp/a; echo rc=$?
comm /tmp/a /tmp/a; echo rc=$?
comm --nocheck-order -3 /tmp/a /tmp/b; echo rc=$?
comm --check-order --nocheck-order -3 /tmp/a /tmp/b; echo rc=$?
comm -3 <(sort /tmp/a) <(sort /tmp/b); echo rc=$?
comm --output-delimiter='|' -3 <(sort /tmp/a) <(sort /tmp/b)
printf 'b\na\n' > /tmp/x; printf 'c\n' > /tmp/y; comm /tmp/x /tmp/y; echo rc=$?
printf 'a\nc\nb\n' > /tmp/x; printf 'a\nc\nb\n' > /tmp/y; comm /tmp/x /tmp/y; echo rc=$?
printf 'a\nc\nb\nd\n' > /tmp/x; printf 'a\nz\n' > /tmp/y; comm /tmp/x /tmp/y; echo rc=$?
