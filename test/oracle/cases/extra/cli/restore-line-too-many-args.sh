iptables-restore <<'EOF'
*filter
-A INPUT -m comment --comment "unterminated -j ACCEPT
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-A INPUT -m comment --comment 'a' "b" -j ACCEPT
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-A INPUT -m comment --comment a"b"c -j ACCEPT
COMMIT
EOF
iptables -S
