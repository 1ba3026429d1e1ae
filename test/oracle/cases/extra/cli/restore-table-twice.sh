iptables-restore <<'EOF'
*filter
-A INPUT -s 10.0.0.1 -j ACCEPT
COMMIT
*filter
-A INPUT -s 10.0.0.2 -j ACCEPT
COMMIT
EOF
iptables -S
iptables-restore <<'EOF'
*filter
-A INPUT -s 10.0.0.3 -j ACCEPT
COMMIT
*nat
-A OUTPUT -j BOGUS
COMMIT
EOF
iptables -S
iptables -t nat -S
