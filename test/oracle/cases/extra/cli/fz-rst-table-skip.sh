# iptables-restore -T TABLE: what happens to the lines of other tables and outside any table
printf -- '-A INPUT -j ACCEPT\n*filter\nCOMMIT\n' | iptables-restore -T filter
printf -- '-A INPUT -j ACCEPT\n*filter\nCOMMIT\n' | iptables-legacy-restore -T filter
printf -- 'garbage\n*filter\nCOMMIT\n' | iptables-legacy-restore -T nat
printf -- '*raw\n-A PREROUTING -j ACCEPT\nCOMMIT\nCOMMIT\n*filter\nCOMMIT\n' | iptables-restore -T filter
printf -- '*raw\n-A PREROUTING -j ACCEPT\nCOMMIT\nCOMMIT\n*filter\nCOMMIT\n' | iptables-legacy-restore -T filter
printf -- '*raw\nCOMMIT\ngarbage\n*filter\nCOMMIT\n' | iptables-restore -T filter
printf -- '*raw\nCOMMIT\ngarbage\n*filter\nCOMMIT\n' | iptables-legacy-restore -T filter
printf -- '*filter\nCOMMIT\ngarbage\n' | iptables-restore -T filter
printf -- '*filter\nCOMMIT\ngarbage\n' | iptables-legacy-restore -T filter
printf -- '*raw\nCOMMIT\n-A OUTPUT -j ACCEPT\n' | iptables-legacy-restore -T nat
printf -- '*bogus\nCOMMIT\n' | iptables-legacy-restore -T nat
printf -- '*bogus\nCOMMIT\n' | iptables-legacy-restore -T bogus
printf -- '*bogus\nCOMMIT\n' | iptables-legacy-restore
printf -- '*bogus\nCOMMIT\n' | iptables-restore -T nat
printf -- '*raw\n-A INPUT -j DROP\n' | iptables-restore -T filter
printf -- '*raw\n-A INPUT -j DROP\n' | iptables-legacy-restore -T filter
printf -- '*raw\nCOMMIT\n*filter\n-A INPUT -j DROP\nCOMMIT\n*raw\n-A OUTPUT -j ACCEPT\n' | iptables-restore -T filter
iptables -S INPUT
