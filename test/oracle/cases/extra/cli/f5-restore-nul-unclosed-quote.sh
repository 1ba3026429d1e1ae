printf '*filter\n-A INPUT -s "10.0.0.1\0" -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S INPUT
printf '*filter\n-A INPUT -m comment --comment "x y\0\n-A INPUT -j DROP\nCOMMIT\n' | iptables-restore -v; echo rc=$?; iptables -S INPUT
printf '*filter\n-A INPUT -m comment --comment "x y\0\n-A INPUT -j DROP\nCOMMIT\n' | iptables-legacy-restore -v; echo rc=$?; iptables-legacy -S INPUT
printf '*filter\n-A INPUT -d "fe80::1\0 -j DROP\n-A INPUT -m comment --comment "z\nCOMMIT\n' | ip6tables-restore; echo rc=$?; ip6tables -S INPUT
printf '*filter\n-A OUTPUT -m comment --comment "tail" -s "\0\n-A OUTPUT -p tcp\0 --dport 22\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?; iptables -S OUTPUT
