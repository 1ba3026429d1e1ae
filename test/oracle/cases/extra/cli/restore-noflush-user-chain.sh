iptables -N KEEP
iptables -A KEEP -j ACCEPT
iptables-restore --noflush <<'EOF'
*filter
:KEEP - [0:0]
:NEWC - [0:0]
-A NEWC -j DROP
COMMIT
EOF
iptables -S
