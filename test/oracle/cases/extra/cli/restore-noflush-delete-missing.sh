iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables-restore --noflush <<'EOF'
*filter
-D INPUT -s 10.0.0.2 -j ACCEPT
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
-D INPUT 5
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
-R INPUT 3 -j DROP
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
-I INPUT 9 -j DROP
COMMIT
EOF
iptables -S
