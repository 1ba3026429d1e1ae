iptables-restore <<'EOF'
*filter
-A INPUT -s 10.0.0.1 -j ACCEPT
commit
EOF
iptables-restore <<'EOF'
*filter
-A INPUT -s 10.0.0.2 -j ACCEPT
COMMIT 
EOF
iptables-restore <<'EOF'
 *filter
-A INPUT -s 10.0.0.3 -j ACCEPT
COMMIT
EOF
iptables-restore <<'EOF'
*filter
  -A INPUT -s 10.0.0.4 -j ACCEPT
COMMIT
EOF
iptables -S
