iptables-restore <<'EOF'
*filter
:U - [0:0]
-A U -m owner --uid-owner 0 -j ACCEPT
-A INPUT -j U
COMMIT
EOF
iptables-restore <<'EOF'
*nat
:N - [0:0]
-A N -j SNAT --to-source 1.2.3.4
-A PREROUTING -j N
COMMIT
EOF
iptables-save
