iptables-restore <<'EOF'
*filter
:A - [0:0]
-N A
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-N B
-N B
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-E INPUT X
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-N C
-E C D
-A D -j RETURN
COMMIT
EOF
iptables -S
