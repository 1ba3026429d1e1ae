printf '*filter\n-A INPUT -m comment --comment "abc\0def" -j ACCEPT\nCOMMIT\n' > /tmp/n.v4; iptables-restore-translate -f /tmp/n.v4 | grep -v '^#'; echo rc=$?
printf '*filter\n-A INPUT -s "10.0.0.1\0" -j ACCEPT\n-A INPUT -m comment --comment "x y\0\n\0\n-A INPUT -p tcp\0 --dport 22\nCOMMIT\n' > /tmp/n2.v4; iptables-restore-translate -f /tmp/n2.v4 | grep -v '^#'
printf '*nat\0 junk\n:POSTROUTING ACCEPT\0 [0:0]\n-A POSTROUTING -o eth0 -j MASQUERADE\nCOMMIT\0\n' > /tmp/n3.v4; ip6tables-restore-translate -f /tmp/n3.v4 | grep -v '^#'
printf '*filter\n:INPUT DROP\0 junk\n-A INPUT -j ACCEPT\0 --opcode 1\nCOMMIT\0 x\n' | arptables-restore; echo rc=$?; arptables -S
printf '*filter\n-A OUTPUT -s "10.0.0.1\0\n:FOO\0 ACCEPT\nCOMMIT\n' | arptables-restore; echo rc=$?; arptables -S
printf '*filter\n:INPUT DROP\0 junk\n-A INPUT -p IPv4\0 -j ACCEPT\nCOMMIT\0 x\n' | ebtables-restore; echo rc=$?; ebtables -S
printf '*filter\n-A FORWARD -p IPv4 --ip-src "10.0.0.2\0\n\0\nCOMMIT\n' | ebtables-restore; echo rc=$?; ebtables -S
