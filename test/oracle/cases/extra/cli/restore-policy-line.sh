iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:0]
-P INPUT DROP
-P FORWARD DROP
COMMIT
EOF
iptables -S
