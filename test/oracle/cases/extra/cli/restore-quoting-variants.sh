printf '*filter\n-A INPUT -m comment --comment "a\\"b" -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush
printf '*filter\n-A INPUT -m comment --comment a\\"b -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush
printf '*filter\n-A INPUT -m comment --comment "x"y -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush
printf '*filter\n-A INPUT -m comment --comment back\\\\slash -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush
printf '*filter\n-A INPUT -m comment --comment "two  spaces" -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush
printf '*filter\n-A INPUT -m comment --comment "trail " -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush
printf '*filter\n-A INPUT\t-s 10.0.0.1\t-j ACCEPT\nCOMMIT\n' | iptables-restore --noflush
iptables -S INPUT
iptables-save -t filter
