iptables-restore <<'EOF'
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
-A PREROUTING -p tcp --dport 80 -j DNAT
COMMIT
EOF
iptables-save
iptables-restore <<'EOF'
*nat
-A PREROUTING -j ACCEPT
COMMIT
*mangle
-A NOCHAIN -j ACCEPT
COMMIT
EOF
iptables-save -t nat
