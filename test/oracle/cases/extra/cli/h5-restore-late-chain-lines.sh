# jumps to a chain whose chain line comes later: -I, -R, goto, ip6tables, --noflush with the chain already there, and a later -X/-N pair
printf '*filter\n-I INPUT -j LATE\n:LATE - [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n-R INPUT 1 -j LATE\n:LATE - [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S
printf '*filter\n-A INPUT -j LATE\n:LATE - [0:0]\nCOMMIT\n' | ip6tables-restore; echo rc=$?; ip6tables -S
printf '*filter\n:LATE - [0:0]\nCOMMIT\n' | iptables-restore; printf '*filter\n-A INPUT -j LATE\n:LATE - [0:0]\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?; iptables -S
printf '*filter\n-A INPUT -j LATE2\n-A INPUT -j LATE\n:LATE2 - [0:0]\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*nat\n-A PREROUTING -j KUBE-SERVICES\n:KUBE-SERVICES - [0:0]\n-A KUBE-SERVICES -j RETURN\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -t nat -S
printf '*filter\n:A - [0:0]\n-A INPUT -j A\n-X A\n:A - [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S
printf '*filter\n-A INPUT -j LATE3\n-N LATE3\n:LATE3 - [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -m comment --comment x -j LATE4 -m comment --comment y\n:LATE4 - [0:0]\nCOMMIT\n' | iptables-restore --test; echo rc=$?
printf '*filter\n:B - [0:0]\n-A INPUT -j B\n-X B\n:B - [0:0]\n:B - [0:0]\n-A B -j RETURN\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n:C - [0:0]\n-A C -j RETURN\n-X C\n:C - [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S
