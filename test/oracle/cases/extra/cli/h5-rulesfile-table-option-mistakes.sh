# -T TABLE on a whole rules.v4 with mistakes in the other tables, -v echoes, and what each run leaves
printf '*raw\n-A PREROUTING -j NOSUCHTARGET\nCOMMIT\n*nat\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080\nCOMMIT\n*filter\n:INPUT ACCEPT [0:0]\n# ssh\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n*mangle\nbroken line here\nCOMMIT\n' > /tmp/all.rules
iptables-restore -T nat /tmp/all.rules; echo rc=$?; iptables-save | grep -v '^#'
iptables-restore -T filter -v /tmp/all.rules; echo rc=$?; iptables -S INPUT
iptables-restore -T mangle /tmp/all.rules; echo rc=$?
iptables-restore -T raw /tmp/all.rules; echo rc=$?
iptables-restore -T security /tmp/all.rules; echo rc=$?; iptables-save | grep -c '^\*'
iptables-restore -T nosuch /tmp/all.rules; echo rc=$?
iptables-restore --table=nat -n -v /tmp/all.rules; echo rc=$?; iptables -t nat -S PREROUTING
iptables-restore /tmp/all.rules; echo rc=$?; iptables-save | grep -v '^#'
iptables-legacy-restore -T nat /tmp/all.rules; echo rc=$?; iptables-legacy-save | grep -v '^#'
iptables-legacy-restore -T filter -v /tmp/all.rules; echo rc=$?
iptables-legacy-restore -T mangle /tmp/all.rules; echo rc=$?
iptables-legacy-restore -T nosuch /tmp/all.rules; echo rc=$?
printf '# header\n*filter\n# a comment\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.1.1.1 -j DROP\n# trailing\nCOMMIT\n# end\n' | iptables-restore -v; echo rc=$?
printf '# header\n*filter\n# a comment\n-A INPUT -s 1.1.1.2 -j DROP\nCOMMIT\n' | iptables-restore -v -n; echo rc=$?
printf '# header\n*filter\n# a comment\n-A INPUT -s 1.1.1.3 -j DROP\nCOMMIT\n' | iptables-restore -v -t; echo rc=$?
printf '# header\n*filter\n# a comment\n-A INPUT -s 1.1.1.4 -j DROP\nCOMMIT\n' | iptables-legacy-restore -v; echo rc=$?
