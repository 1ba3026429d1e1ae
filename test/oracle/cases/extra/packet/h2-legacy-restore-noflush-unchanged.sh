# iptables-legacy-restore --noflush: a block without a line commits nothing (counters and nth state stay); a chain line, -F or another command commits the table again (state restarts); another table, -X with no user chain and --test leave it
serve udp 53
iptables-legacy -A OUTPUT -p udp --dport 53 -m statistic --mode nth --every 3 --packet 0
probe udp 127.0.0.1 53
probe udp 127.0.0.1 53
iptables-legacy-restore --noflush <<'EOF2'
*filter
COMMIT
EOF2
probe udp 127.0.0.1 53
iptables-legacy -L OUTPUT -v -n -x
iptables-legacy-restore --noflush <<'EOF2'
*filter
:INPUT ACCEPT [0:0]
COMMIT
EOF2
probe udp 127.0.0.1 53
iptables-legacy -L OUTPUT -v -n -x
iptables-legacy-restore --noflush <<'EOF2'
*nat
COMMIT
EOF2
probe udp 127.0.0.1 53
iptables-legacy -L OUTPUT -v -n -x
iptables-legacy -F INPUT
probe udp 127.0.0.1 53
iptables-legacy -L OUTPUT -v -n -x
iptables-legacy -X
probe udp 127.0.0.1 53
iptables-legacy -L OUTPUT -v -n -x
iptables-legacy-restore --test <<'EOF2'
*filter
-A INPUT -j ACCEPT
COMMIT
EOF2
probe udp 127.0.0.1 53
iptables-legacy -L OUTPUT -v -n -x
