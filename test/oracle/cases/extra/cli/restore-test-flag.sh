iptables-restore --test <<'EOF'
*filter
-A INPUT -s 10.0.0.1 -j ACCEPT
COMMIT
EOF
iptables -S
iptables-restore -t <<'EOF'
*filter
-A INPUT -j NOPE
COMMIT
EOF
iptables -S
