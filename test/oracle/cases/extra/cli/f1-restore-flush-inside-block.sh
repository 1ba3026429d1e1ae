iptables -A INPUT -s 1.1.1.1 -j ACCEPT
iptables-restore <<'EOF2'
*filter
:INPUT ACCEPT [0:0]
:web - [0:0]
-A INPUT -s 10.0.0.0/8 -j web
-A web -p tcp --dport 80 -j ACCEPT
-F
COMMIT
EOF2
iptables -S
iptables-restore --noflush <<'EOF2'
*filter
-A INPUT -s 10.0.0.2 -j ACCEPT
-F INPUT
-A INPUT -s 10.0.0.3 -j ACCEPT
COMMIT
EOF2
iptables -S
iptables-legacy-restore <<'EOF2'
*filter
-A INPUT -s 10.0.0.4 -j ACCEPT
-F
-A INPUT -s 10.0.0.5 -j ACCEPT
COMMIT
EOF2
iptables-legacy -S
