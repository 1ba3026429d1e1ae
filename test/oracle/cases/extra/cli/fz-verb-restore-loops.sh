iptables-restore <<'EOF2'
*filter
:a - [0:0]
:b - [0:0]
-A INPUT -j a
-A a -j b
-A a -j ACCEPT
-A b -j a
-A b -j DROP
COMMIT
EOF2
iptables-save
iptables-restore <<'EOF2'
*filter
:a - [0:0]
:b - [0:0]
-A a -j b
-A b -j a
COMMIT
EOF2
iptables -S
iptables-restore --noflush <<'EOF2'
*filter
-A FORWARD -g b
COMMIT
EOF2
iptables-restore <<'EOF2'
*filter
:a - [0:0]
-A a -j INPUT
COMMIT
EOF2
iptables-legacy-restore <<'EOF2'
*filter
:a - [0:0]
:b - [0:0]
-A INPUT -j a
-A a -j b
-A b -j a
COMMIT
EOF2
iptables-legacy-restore <<'EOF2'
*filter
:a - [0:0]
-A a -j INPUT
COMMIT
EOF2
iptables-legacy-save
