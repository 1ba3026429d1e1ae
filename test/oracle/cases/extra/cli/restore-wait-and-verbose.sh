iptables-restore -w <<'EOF'
*filter
-A INPUT -s 10.0.0.1 -j ACCEPT
COMMIT
EOF
iptables-restore -v -n <<'EOF'
*filter
:X - [0:0]
-A X -j RETURN
COMMIT
*nat
-A OUTPUT -j RETURN
COMMIT
EOF
iptables-restore --bogus <<'EOF'
*filter
COMMIT
EOF
iptables-save -t filter
