iptables-restore <<'EOF'
*security
-A INPUT -j ACCEPT
COMMIT
EOF
iptables -t security -S
iptables-restore <<'EOF'
*broute
COMMIT
EOF
iptables-restore <<'EOF'
*NAT
COMMIT
EOF
iptables-save
