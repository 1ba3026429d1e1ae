iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [0:0]
[7:700] -A INPUT -s 10.0.0.1 -j ACCEPT
[8:800] -A INPUT -s 10.0.0.2 -j ACCEPT
COMMIT
EOF
iptables -I INPUT 1 -s 10.0.0.3 -j ACCEPT
iptables -R INPUT 2 -s 10.0.0.9 -j ACCEPT
iptables-save -c
iptables -E INPUT X
iptables -L INPUT -v -x -n --line-numbers
