iptables -N KEEP
iptables -A KEEP -j ACCEPT
iptables -A INPUT -j KEEP
iptables-restore --noflush <<'EOF'
*filter
:KEEP - [0:0]
-A KEEP -j DROP
COMMIT
EOF
iptables -S
iptables-restore --noflush <<'EOF'
*filter
-F KEEP
-A KEEP -j RETURN
-Z
COMMIT
EOF
iptables -S
