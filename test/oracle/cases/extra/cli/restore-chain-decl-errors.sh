iptables-restore <<'EOF'
*filter
:FOO ACCEPT [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123 - [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:NEW - [0:0]
:NEW - [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*nat
:POSTROUTING DROP [0:0]
COMMIT
EOF
iptables-save
