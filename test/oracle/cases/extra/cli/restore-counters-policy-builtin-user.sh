iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [5:50]
:USER - [9:90]
-A INPUT -j USER
COMMIT
EOF
iptables-save -c
iptables -L -v -n
