iptables-restore <<'EOF'
*filter
:INPUT DROP [10:1000]
[5:300] -A INPUT -s 10.0.0.1 -j ACCEPT
-A INPUT -c 7 700 -s 10.0.0.2 -j ACCEPT
COMMIT
EOF
iptables-save -c
