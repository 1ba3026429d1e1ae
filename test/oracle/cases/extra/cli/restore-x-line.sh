iptables -N OLD
iptables-restore --noflush <<'EOF'
*filter
-X OLD
COMMIT
EOF
iptables -S
iptables -N OLD2
iptables-restore --noflush <<'EOF'
*filter
-X NOPE
COMMIT
EOF
iptables -S
