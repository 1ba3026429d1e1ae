iptables-restore <<'EOF'
*filter
-N MYCHAIN
-A MYCHAIN -j ACCEPT
-A INPUT -j MYCHAIN
COMMIT
EOF
iptables -S
