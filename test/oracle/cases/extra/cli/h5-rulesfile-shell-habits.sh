# shell habits carried into a rules file: backslash continuations, $VARIABLES, trailing semicolons, sudo prefixes, a here-doc that expands
printf '*filter\n-A INPUT -p tcp \\\n  --dport 22 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -s $ADMIN_NET -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT;\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT ;\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\nsudo iptables -A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT # ssh\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S INPUT
printf '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\\\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT \\\nCOMMIT\n' | iptables-restore; echo rc=$?
ADMIN_NET=192.0.2.0/24; iptables-restore <<EOF
*filter
-A INPUT -s $ADMIN_NET -j ACCEPT
-A INPUT -s ${ADMIN_NET%/*} -j ACCEPT
COMMIT
EOF
iptables -S INPUT
iptables-restore <<EOF; echo rc=$?
*filter
-A INPUT -s $UNSET_VAR -j ACCEPT
COMMIT
EOF
printf '*filter\n-A INPUT -m comment --comment `date` -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S INPUT | tail -1
printf '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT && echo ok\nCOMMIT\n' | iptables-restore; echo rc=$?
