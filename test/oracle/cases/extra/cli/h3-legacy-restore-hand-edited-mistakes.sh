printf '*filter\r\n:INPUT ACCEPT [0:0]\r\n-A INPUT -p tcp --dport 22 -j ACCEPT\r\nCOMMIT\r\n' > /tmp/crlf.rules
iptables-legacy-restore < /tmp/crlf.rules; echo rc=$?
iptables-legacy -S
printf '*filter\n-A INPUT -p tcp --dport 23 -j ACCEPT\r\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -s 1.2.3.4\r -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\r\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\r\n-A INPUT -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n:FOO - [0:0]\r\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
iptables-legacy -S
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT' | iptables-legacy-restore; echo rc=$?
printf '*filter\n  -A INPUT -s 5.5.5.5 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n\t-A INPUT -s 5.5.5.6 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf ' *filter\n-A INPUT -s 5.5.5.7 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -s 5.5.5.8 -j ACCEPT\n COMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -s 5.5.5.9 -j ACCEPT # trailing comment\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -s 5.5.5.10 -j ACCEPT\nCOMMIT # done\n' | iptables-legacy-restore; echo rc=$?
printf '*filter # comment\n-A INPUT -s 5.5.5.11 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -m comment --comment "unterminated -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -m comment --comment "a \\"quoted\\" word" -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf "*filter\n-A INPUT -m comment --comment 'single quoted' -j ACCEPT\nCOMMIT\n" | iptables-legacy-restore; echo rc=$?
printf '*filter\nCOMMIT\n*filter\n-A INPUT -s 6.6.6.6 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n*nat\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n*nat\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
iptables-legacy -S
printf '*filter\n-A INPUT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT extra\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\nINPUT -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\niptables -A INPUT -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-t nat -A INPUT -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -t filter -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-S\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-L\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
iptables-legacy-save
