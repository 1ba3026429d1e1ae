iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -p tcp -m tcp --dport 80 -j REDIRECT
-A INPUT -j ACCEPT
COMMIT
EOF
