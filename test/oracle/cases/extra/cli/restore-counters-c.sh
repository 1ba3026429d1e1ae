iptables-restore -c <<'EOF'
*filter
:INPUT DROP [10:1000]
:FORWARD ACCEPT [0:0]
:MY - [0:0]
[5:300] -A INPUT -s 10.0.0.1 -j ACCEPT
[0:0] -A INPUT -j MY
-A MY -j RETURN
COMMIT
EOF
iptables-save -c
iptables -L -v -n -x
