iptables-restore --noflush <<'EOF'
*filter
-A INPUT -m comment --comment "it's" -j ACCEPT
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
-A INPUT -m comment --comment '' -j ACCEPT
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
-A INPUT -m comment --comment 'say "x"' -j ACCEPT
COMMIT
EOF
iptables -S INPUT
