iptables-legacy-restore <<'EOF'
*filter
:ACCEPT - [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:DROP - [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-A INPUT -j LOG
:LOG - [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*nat
:LOG - [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*nat
:QUEUE - [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*nat
:ACCEPT - [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*nat
:log - [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*nat
:NFQUEUE - [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*nat
:MASQUERADE - [0:0]
COMMIT
EOF
iptables-legacy-restore <<'EOF'
*filter
:LOG - [0:0]
COMMIT
EOF
