iptables -N KEEP
iptables -P INPUT DROP
iptables -A INPUT -j KEEP
printf '*filter\n-N KEEP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-X NOPE\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-X INPUT\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-X KEEP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-E KEEP OTHER\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-E INPUT X3\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-P KEEP DROP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-P INPUT BOGUS\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-D INPUT -s 1.2.3.4 -j ACCEPT\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-D INPUT 1\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-R INPUT 1 -j ACCEPT\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-I INPUT 2 -j ACCEPT\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-Z KEEP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-Z INPUT 1\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-L KEEP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-S KEEP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-S INPUT\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-C INPUT -j KEEP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-F KEEP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-A INPUT -j KEEP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-N NEW\n-A NEW -j KEEP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n:KEEP - [0:0]\n-A INPUT -j KEEP\n-X KEEP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
iptables -S
