iptables-restore <<'EOF'
*filter
hello
COMMIT
EOF
iptables-restore <<'EOF'
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT BOGUS [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [x:y]
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-A INPUT -j ACCEPT
COMMIT
COMMIT
EOF
iptables -S
