iptables -N KEEP
iptables -A KEEP -j ACCEPT
iptables -A INPUT -j ACCEPT
iptables-restore -n <<'EOF'
*filter
:INPUT DROP [0:0]
:KEEP - [0:0]
COMMIT
EOF
iptables -S
