# iptables-xml on hand-edited files: blanks after '*', over-long words, too many words, long lines, NUL bytes
printf '* filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.0.0.1 -j ACCEPT\nCOMMIT\n' | iptables-xml; echo rc=$?
printf '*filter\n-A INPUT -m comment --comment "%s" -j ACCEPT\nCOMMIT\n' "$(printf 'z%.0s' $(seq 1100))" | iptables-xml | tail -c 120; echo rc=${PIPESTATUS[1]}
printf '*filter\n-A INPUT -4 -s 1.2.3.4 %s-j ACCEPT\nCOMMIT\n' "$(for i in $(seq 62); do printf -- '-m comment --comment x '; done)" | iptables-xml | tail -c 120; echo rc=${PIPESTATUS[1]}
printf '*filter\n#%s\n-A INPUT -j ACCEPT\nCOMMIT\n' "$(printf 'x%.0s' $(seq 10239))" | iptables-xml | tail -c 200; echo rc=${PIPESTATUS[1]}
printf '*filter\n-A INPUT -s 10.0.0.9\0 -j ACCEPT\nCOMMIT\n' | iptables-xml; echo rc=$?
