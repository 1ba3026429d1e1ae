# lines longer than iptables-restore's 10240-byte line buffer: fgets hands the rest over as the next line
printf '*filter\n-A INPUT %s-j ACCEPT\nCOMMIT\n' "$(for i in $(seq 1 500); do printf -- '-m comment --comment c%04d ' $i; done)" > /tmp/long.rules; wc -c < /tmp/long.rules
iptables-restore /tmp/long.rules; echo rc=$?; iptables -S | wc -l
iptables-legacy-restore /tmp/long.rules; echo rc=$?
printf '*filter\n-A INPUT %s-j ACCEPT\nCOMMIT\n' "$(for i in $(seq 1 300); do printf -- '-m comment --comment c%04d ' $i; done)" > /tmp/mid.rules; wc -c < /tmp/mid.rules
iptables-restore /tmp/mid.rules; echo rc=$?; iptables -S | wc -c
printf '*filter\n-A INPUT %s-j ACCEPT\nCOMMIT\n' "$(for i in $(seq 1 405); do printf -- '-m comment --comment c%04d ' $i; done)" | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT %s-j ACCEPT\nCOMMIT\n' "$(for i in $(seq 1 409); do printf -- '-m comment --comment c%04d ' $i; done)" | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT %s-j ACCEPT\nCOMMIT\n' "$(for i in $(seq 1 409); do printf -- '-m comment --comment c%04d ' $i; done)" | iptables-restore --test; echo rc=$?
printf '*filter\n# %s\n-A INPUT -j ACCEPT\nCOMMIT\n' "$(printf 'x%.0s' $(seq 12000))" | iptables-restore; echo rc=$?; iptables -S INPUT | tail -1
printf '*filter\n:%s - [0:0]\nCOMMIT\n' "$(printf 'L%.0s' $(seq 11000))" | iptables-restore 2>&1 | cut -c1-100; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n#%s\n' "$(printf 'x%.0s' $(seq 10300))" | iptables-restore; echo rc=$?
