# iptables-nft-restore: -Z resends each rule it zeroes by handle, so a rule the same batch added with counters is refused by the kernel (RULE_REPLACE, one line per rule)
printf '*filter\n[1:10] -A INPUT -j RETURN\n[2:20] -A INPUT -j ACCEPT\n[3:30] -A OUTPUT -j ACCEPT\n-Z\nCOMMIT\n' | iptables-restore -c; echo rc=$?
printf '*filter\n[1:10] -A INPUT -j RETURN\n[2:20] -A OUTPUT -j ACCEPT\n-Z INPUT\n-Z OUTPUT\n-A FORWARD -j NOPE\nCOMMIT\n' | iptables-restore -c; echo rc=$?
printf '*filter\n[1:10] -A INPUT -j RETURN\n-Z INPUT\n-X NOPE\nCOMMIT\n' | iptables-restore -c; echo rc=$?
printf '*filter\n[1:10] -A INPUT -j RETURN\n-Z INPUT\n-A INPUT -j ACCEPT\n-Z INPUT\nCOMMIT\n' | iptables-restore -c; echo rc=$?
iptables -A INPUT -c 5 5 -j ACCEPT
printf '*filter\n-Z INPUT\n[1:10] -A INPUT -j RETURN\nCOMMIT\n' | iptables-restore -c -n; echo rc=$?
iptables-save -c
printf '*filter\n-Z INPUT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
iptables-save -c
printf '*filter\n[1:10] -A INPUT -j RETURN\n-Z INPUT\nCOMMIT\n' | iptables-restore -c -v; echo rc=$?
printf '*filter\n[1:10] -A INPUT -j RETURN\n-Z INPUT\nCOMMIT\n' | iptables-restore -c; echo rc=$?
printf '*filter\n-A INPUT -j RETURN\n-Z INPUT\nCOMMIT\n' | iptables-restore -c; echo rc=$?
printf '*filter\n[1:10] -A INPUT -j RETURN\n-Z INPUT\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -c 1 10 -j RETURN\n-Z INPUT\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n[1:10] -A INPUT -j RETURN\n-Z\nCOMMIT\n' | iptables-restore -c; echo rc=$?
printf '*filter\n[0:0] -A INPUT -j RETURN\n-Z\nCOMMIT\n' | iptables-restore -c; echo rc=$?
iptables-save -c
iptables -A OUTPUT -j ACCEPT
printf '*filter\n[1:10] -A OUTPUT -j RETURN\n-Z OUTPUT\nCOMMIT\n' | iptables-restore -c -n; echo rc=$?
printf '*filter\n[1:10] -A INPUT -j RETURN\n-Z INPUT\nCOMMIT\n' | ip6tables-restore -c; echo rc=$?
printf '*filter\n[1:10] -A INPUT -j RETURN\n-Z INPUT\nCOMMIT\n' | iptables-legacy-restore -c; echo rc=$?
iptables-save -c
