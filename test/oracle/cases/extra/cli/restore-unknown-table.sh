iptables-restore <<'EOF'
*bogus
COMMIT
EOF
iptables-restore <<'EOF'
*filter
COMMIT
*Filter
COMMIT
EOF
iptables-restore -T nat <<'EOF'
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A OUTPUT -j ACCEPT
COMMIT
EOF
iptables-save
