iptables-restore -c <<'EOF2'
*filter
[1:2] -A INPUT -c 3 4 -j ACCEPT
COMMIT
EOF2
iptables-restore -c <<'EOF2'
*filter
[1:2] -A INPUT -j REJECT --reject
COMMIT
EOF2
iptables-restore -c <<'EOF2'
*filter
[1:2] -A INPUT -v -j ACCEPT
[3:4] -I INPUT -j DROP
COMMIT
EOF2
iptables-restore <<'EOF2'
*filter
[1:2] -A INPUT -j REJECT --reject
COMMIT
EOF2
iptables-restore -c <<'EOF2'
*filter
[1:2] -A INPUT -j LOG --log-prefix
COMMIT
EOF2
iptables-save -c
