printf '*filter\n-A INPUT -s 1.1.1.1 -j ACCEPT\nCOMMIT' | iptables-legacy-restore; echo rc=$?
iptables-legacy -S
printf '*filter\n-A INPUT -s 1.1.1.2 -j ACCEPT\nCOMMIT' | iptables-restore; echo rc=$?
iptables -S
printf '*filter\n-A INPUT -s 2001:db8::1 -j ACCEPT\nCOMMIT' | ip6tables-legacy-restore; echo rc=$?
ip6tables-legacy -S
printf '*filter\n-A INPUT -s 1.1.1.3 -j ACCEPT\nCOMMIT\n*nat\n-A POSTROUTING -j MASQUERADE\nCOMMIT' | iptables-legacy-restore; echo rc=$?
iptables-legacy-save | grep -v '^#'
printf '*filter\n-A INPUT -s 1.1.1.4 -j ACCEPT\nCOMMIT' | iptables-legacy-restore --test; echo rc=$?
printf '*filter\n-A INPUT -s 1.1.1.5 -j ACCEPT\nCOMMIT' | iptables-legacy-restore --noflush; echo rc=$?
printf '*filter\n-A INPUT -s 1.1.1.6 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore --noflush; echo rc=$?
printf '*filter\n-A INPUT -s 1.1.1.7 -j ACCEPT\nCOMMIT\n\n' | iptables-legacy-restore --noflush; echo rc=$?
printf '*filter\n-A INPUT -s 1.1.1.8 -j ACCEPT\nCOMMIT' | iptables-legacy-restore -v --noflush; echo rc=$?
printf '*filter\n-A INPUT -s 1.1.1.9 -j ACCEPT\nCOMMIT' > /tmp/noeol.rules
iptables-legacy-restore --noflush /tmp/noeol.rules; echo rc=$?
iptables-legacy -S
printf '*filter\n-A INPUT -s 1.1.1.10 -j ACCEPT\nCOMMIT' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-A INPUT -s 1.1.1.11 -j ACCEPT' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-A INPUT -s 1.1.1.12 -j ACCEPT' | iptables-legacy-restore --noflush; echo rc=$?
iptables -S
iptables-legacy -S
