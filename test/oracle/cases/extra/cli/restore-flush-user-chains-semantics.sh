iptables -N OLDCHAIN
iptables -A OLDCHAIN -j ACCEPT
iptables -A INPUT -j OLDCHAIN
iptables -t nat -N NATONLY
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -s 10.0.0.1 -j ACCEPT
COMMIT
EOF
iptables-save
