iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [10:100]
[5:500] -A INPUT -s 10.0.0.1 -j ACCEPT
[6:600] -A INPUT -s 10.0.0.2 -j ACCEPT
COMMIT
EOF
iptables -Z INPUT 2
iptables-save -c
iptables -Z INPUT
iptables-save -c
