iptables-restore -c <<'EOF'
*filter
[a:b] -A INPUT -j ACCEPT
COMMIT
EOF
iptables-restore -c <<'EOF'
*filter
[1:2 -A INPUT -j ACCEPT
COMMIT
EOF
iptables-restore -c <<'EOF'
*filter
[1] -A INPUT -j ACCEPT
COMMIT
EOF
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT
[3:4] -A INPUT -s 10.0.0.1 -j ACCEPT
COMMIT
EOF
iptables-save -c
