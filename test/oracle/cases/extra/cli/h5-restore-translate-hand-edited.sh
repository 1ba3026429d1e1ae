# iptables-restore-translate on hand-edited rules files: blanks after '*', late chain lines, long words, missing COMMIT
printf '* filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n' > /tmp/t1.rules; iptables-restore-translate -f /tmp/t1.rules | sed 1d; echo rc=${PIPESTATUS[0]}
printf '*filter\n-A INPUT -j LATE\n:LATE - [0:0]\nCOMMIT\n' > /tmp/t2.rules; iptables-restore-translate -f /tmp/t2.rules | sed 1d; echo rc=${PIPESTATUS[0]}
printf '*filter\n-A INPUT -m comment --comment "%s" -j ACCEPT\nCOMMIT\n' "$(printf 'z%.0s' $(seq 2000))" > /tmp/t3.rules; iptables-restore-translate -f /tmp/t3.rules | sed 1d; echo rc=${PIPESTATUS[0]}
printf '*filter\n-A INPUT -s 10.0.0.1 -j ACCEPT\n' > /tmp/t4.rules; iptables-restore-translate -f /tmp/t4.rules | sed 1d; echo rc=${PIPESTATUS[0]}
printf '*filter\n#%s\n-A INPUT -j ACCEPT\nCOMMIT\n' "$(printf 'x%.0s' $(seq 10239))" > /tmp/t5.rules; iptables-restore-translate -f /tmp/t5.rules | sed 1d; echo rc=${PIPESTATUS[0]}
printf '\xef\xbb\xbf*filter\n-A INPUT -j ACCEPT\nCOMMIT\n' > /tmp/t6.rules; iptables-restore-translate -f /tmp/t6.rules | sed 1d; echo rc=${PIPESTATUS[0]}
printf '*filter\n-A INPUT -4 -s 1.2.3.4 %s-j ACCEPT\nCOMMIT\n' "$(for i in $(seq 62); do printf -- '-m comment --comment x '; done)" > /tmp/t7.rules; iptables-restore-translate -f /tmp/t7.rules | sed 1d | tail -c 100; echo rc=${PIPESTATUS[0]}
printf '*filter\n:INPUT DROP\n:web - [0:0]\n-A INPUT -j web\nCOMMIT\nCOMMIT\n' > /tmp/t8.rules; iptables-restore-translate -f /tmp/t8.rules | sed 1d; echo rc=${PIPESTATUS[0]}
ip6tables-restore-translate -f /tmp/t1.rules | sed 1d; echo rc=${PIPESTATUS[0]}
iptables-restore-translate -f /tmp/nosuch | sed 1d; echo rc=${PIPESTATUS[0]}
iptables-restore-translate < /tmp/t1.rules | sed 1d; echo rc=${PIPESTATUS[0]}
cat /tmp/t1.rules | iptables-restore-translate | sed 1d; echo rc=${PIPESTATUS[1]}
