# iptables-legacy-restore chain lines: libiptc's own errors; --test still knows the block's chains
iptables-legacy-restore <<'EOF2'
*nat
:INPUT accept [0:0]
COMMIT
EOF2
iptables-legacy-restore <<'EOF2'
*filter
:web - [0:0]
:web - [0:0]
COMMIT
EOF2
iptables-legacy-restore --test <<'EOF2'
*mangle
:marks - [0:0]
-A PREROUTING -j marks
COMMIT
EOF2
iptables-legacy-save
iptables-restore <<'EOF2'
*filter
:web - [0:0]
:web - [0:0]
COMMIT
EOF2
iptables -S
printf '*filter\n: - [0:0]\nCOMMIT\n' | iptables-legacy-restore -c
printf '*filter\n: - [0:0]\nCOMMIT\n' | iptables-restore -c
printf '*nat\n:LLLLLLLLLLLLLLLLLLLLLLLLLLLLL - [1:2]\nCOMMIT\n' | iptables-legacy-restore
printf '*nat\n:LLLLLLLLLLLLLLLLLLLLLLLLLLLLL - [1:2]\nCOMMIT\n' | iptables-restore
printf '*filter\n:INPUT REJECT [0:0]\nCOMMIT\n' | iptables-legacy-restore
