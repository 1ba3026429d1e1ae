# restore counters are read with sscanf/strtoull: a missing ']' is fine, -1 wraps, too big saturates
iptables-restore -c <<'EOF2'
*filter
:INPUT ACCEPT [1:2
COMMIT
EOF2
iptables-legacy-restore -c <<'EOF2'
*filter
:INPUT ACCEPT [1:2
COMMIT
EOF2
iptables-restore -c <<'EOF2'
*filter
:INPUT ACCEPT [18446744073709551616:0]
[-1:2] -A INPUT -j ACCEPT
COMMIT
EOF2
iptables-save -c -t filter
iptables-restore -c <<'EOF2'
*filter
[1:2 -A INPUT -j ACCEPT
COMMIT
EOF2
iptables-restore -c <<'EOF2'
*filter
[a:b] -A INPUT -j ACCEPT
COMMIT
EOF2
iptables-save -c -t filter
printf -- '*filter\n:INPUT ACCEPT [1:2]x\nCOMMIT\n' | iptables-legacy-restore -c
printf -- '*filter\n:INPUT ACCEPT [1:2]x\nCOMMIT\n' | iptables-restore -c
printf -- '*filter\n:INPUT ACCEPT [+1:-2]\nCOMMIT\n' | iptables-restore -c
printf -- '*filter\n:INPUT ACCEPT [0x10:010]\nCOMMIT\n' | iptables-restore -c
iptables-save -c -t filter | grep INPUT
