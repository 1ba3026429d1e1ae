iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -s 10.0.0.1 -j ACCEPT
-A INPUT --bogus -j ACCEPT
COMMIT
EOF
iptables-restore <<'EOF'
*filter

# comment

-A INPUT -j NOPECHAIN
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
EOF
iptables -S
