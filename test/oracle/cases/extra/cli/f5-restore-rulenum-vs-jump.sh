printf '*filter\n-R INPUT 1 -j LATE2\n:LATE2 - [0:0]\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?; iptables -S
printf '*filter\n-R INPUT 1 -j LATE2\n:LATE2 - [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S
printf '*filter\n-R INPUT 1 -j ACCEPT\n-A INPUT --bogus\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-D INPUT 1\n-A INPUT -j NOPE\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-A INPUT -j NOPE\n-D INPUT 3\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-I INPUT 5 -j ACCEPT\n-A INPUT -j NOPE\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-D INPUT -s 1.2.3.4 -j ACCEPT\n-A INPUT -j NOPE\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-A INPUT -j NOPE\n-R INPUT 2 -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-D INPUT 2 -j LATE3\n:LATE3 - [0:0]\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-R INPUT 1 -j LATE4\n:LATE4 - [0:0]\nCOMMIT\n' | ip6tables-restore --noflush; echo rc=$?
printf '*filter\n-R INPUT 1 -j LATE5\n:LATE5 - [0:0]\nCOMMIT\n' | iptables-legacy-restore --noflush; echo rc=$?
iptables -S; ip6tables -S
