# the wrong file fed to iptables-restore: a shell script of iptables commands, an nft ruleset, the v6 dump, plain text, NUL bytes (C stops the line there), compressed data
printf '#!/bin/sh\niptables -F\niptables -A INPUT -p tcp --dport 22 -j ACCEPT\n' > /tmp/fw.sh; iptables-restore /tmp/fw.sh; echo rc=$?
printf '*filter\niptables -A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
printf 'table inet filter {\n\tchain input {\n\t\ttype filter hook input priority 0; policy accept;\n\t}\n}\n' > /tmp/fw.nft; iptables-restore /tmp/fw.nft; echo rc=$?
ip6tables -A INPUT -s 2001:db8::1 -j ACCEPT; ip6tables-save > /tmp/v6.dump; iptables-restore /tmp/v6.dump; echo rc=$?; iptables -S INPUT
ip6tables -F; iptables -A INPUT -s 10.0.0.1 -j ACCEPT; iptables-save > /tmp/v4.dump; ip6tables-restore /tmp/v4.dump; echo rc=$?; ip6tables -S INPUT
printf 'hello world\n' | iptables-restore; echo rc=$?
printf 'filter\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -s 10.0.0.9\0 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S INPUT
printf '*filter\n\0\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '\0*filter\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '[0:0] :INPUT ACCEPT\n' | iptables-restore; echo rc=$?
printf '*filter\n*filter\nCOMMIT\n' | iptables-restore; echo rc=$?
printf 'COMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n--append INPUT --source 10.0.0.20 --jump ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S INPUT | tail -1
printf '*filter\n-I INPUT 1 -s 10.0.0.21 -j ACCEPT\n-D INPUT -s 10.0.0.1 -j ACCEPT\n-R INPUT 1 -s 10.0.0.22 -j ACCEPT\n-P FORWARD DROP\n-Z\nCOMMIT\n' | iptables-restore -n; echo rc=$?; iptables -S
printf '\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\n' > /tmp/r.gz; iptables-restore /tmp/r.gz; echo rc=$?
printf '*filter\nCOMMIT\0junk\n' | iptables-restore; echo rc=$?
printf '*filter\nCOMMIT\0junk\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n-A INPUT -s 10.0.0.30\0 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?; iptables-legacy -S INPUT
printf '*filter\n\0\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '# c\0omment\n*filter\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n:IN\0PUT ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S | grep -- -N
printf '# no newline at the end' | iptables-restore -v; echo rc=$?
printf '*filter\n#%s\nCOMMIT\n' "$(printf 'x%.0s' $(seq 10238))" | iptables-restore -v | tail -c 30; echo
