printf '*filter\n-A INPUT -j ACCEPT\n-A NOPE -j ACCEPT\nCOMMIT\n' | iptables-restore -v 2>&1
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n*nat\n-A NOPE -j ACCEPT\nCOMMIT\n' | iptables-restore -v 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n*nat\n-A POSTROUTING -j BOGUS\nCOMMIT\n' | iptables-restore -v 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\n-A NOPE -j ACCEPT\nCOMMIT\n' | ip6tables-restore -v 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\n-A NOPE -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore -v 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n*nat\n-A NOPE -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore -v 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\n-A INPUT --bogus\nCOMMIT\n' | iptables-restore -v 2>&1 | cat
iptables -S
printf '*filter\n-A INPUT -j ACCEPT\n-D INPUT 5\nCOMMIT\n' | iptables-restore -v 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n*nat\n-A POSTROUTING --bogus\nCOMMIT\n' | iptables-restore -v 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n*nat\n-A POSTROUTING -j ACCEPT\n' | iptables-restore -v 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n*filter\n-A NOPE -j ACCEPT\nCOMMIT\n' | iptables-restore -v 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\n-A NOPE -j ACCEPT\nCOMMIT\n' | iptables-restore -v 2>/dev/null
iptables -S
