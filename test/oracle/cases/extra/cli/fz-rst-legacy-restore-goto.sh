# iptables-legacy-restore: -g to something that is not a chain fails at its line (also QUEUE)
iptables-legacy-restore <<'EOF2'
*filter
-A FORWARD -g NOPE
COMMIT
EOF2
iptables-legacy-restore <<'EOF2'
*filter
-A INPUT -j QUEUE
-A FORWARD -g QUEUE
COMMIT
EOF2
iptables-legacy-restore -n <<'EOF2'
*filter
-A OUTPUT -j QUEUE
COMMIT
EOF2
iptables-legacy -S
