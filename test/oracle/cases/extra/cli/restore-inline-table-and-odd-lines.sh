iptables-restore <<'EOF'
*filter
-t nat -A OUTPUT -j ACCEPT
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-A INPUT -w -j ACCEPT
COMMIT
EOF
iptables-restore <<'EOF'
*filter
  # indented comment
-A INPUT -s 10.0.0.1 -j ACCEPT # trailing comment
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:0] extra
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-L
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-S INPUT
COMMIT
EOF
iptables -S
