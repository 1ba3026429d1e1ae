# iptables-legacy-restore --test makes no commit: what only the kernel checks (loops, targets outside their tables or hooks) passes, what libiptc checks fails
printf '*filter\n:A - [0:0]\n:B - [0:0]\n-A A -j B\n-A B -j A\n-A INPUT -j A\nCOMMIT\n' | iptables-legacy-restore -t; echo rc=$?
printf '*filter\n-A OUTPUT -j CT --notrack\nCOMMIT\n' | iptables-legacy-restore -t; echo rc=$?
printf '*nat\n-A INPUT -j MASQUERADE\nCOMMIT\n' | iptables-legacy-restore --test; echo rc=$?
printf '*filter\n:SELF - [0:0]\n-A SELF -j SELF\nCOMMIT\n' | iptables-legacy-restore -t -v; echo rc=$?
printf '*filter\n-X NOPE\nCOMMIT\n' | iptables-legacy-restore -t; echo rc=$?
printf '*filter\n-A INPUT -j NOPE\nCOMMIT\n' | iptables-legacy-restore -t; echo rc=$?
printf '*mangle\n-A INPUT -j REJECT\nCOMMIT\n' | iptables-legacy-restore -t; echo rc=$?
printf '*filter\n:A - [0:0]\n:B - [0:0]\n-A A -j B\n-A B -j A\n-A INPUT -j A\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n:SELF - [0:0]\n-A SELF -j SELF\n-A INPUT -j SELF\nCOMMIT\n' | ip6tables-legacy-restore -t; echo rc=$?
printf '*nat\n-A INPUT -j MASQUERADE\nCOMMIT\n' | ip6tables-legacy-restore -t; echo rc=$?
printf '*filter\n:A - [0:0]\n:B - [0:0]\n-A A -j B\n-A B -j A\n-A INPUT -j A\nCOMMIT\n' | iptables-restore -t; echo rc=$?
iptables-legacy-save
ip6tables-legacy-save
