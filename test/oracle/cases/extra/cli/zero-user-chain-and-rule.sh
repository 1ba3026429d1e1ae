iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [1:1]
:U - [0:0]
[3:30] -A INPUT -j U
[4:40] -A U -j RETURN
[5:50] -A U -j RETURN
COMMIT
EOF
iptables -Z U 2
iptables -L -v -n
iptables -Z U
iptables -L U -v -n
iptables -Z U 3
