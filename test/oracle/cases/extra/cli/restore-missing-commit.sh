iptables -A INPUT -s 10.0.0.5 -j ACCEPT
iptables-restore <<'EOF'
*filter
-A INPUT -s 10.0.0.1 -j ACCEPT
EOF
iptables -S
iptables-restore <<'EOF'
*filter
-A INPUT -s 10.0.0.1 -j ACCEPT
*nat
-A POSTROUTING -j MASQUERADE
COMMIT
EOF
iptables -S
