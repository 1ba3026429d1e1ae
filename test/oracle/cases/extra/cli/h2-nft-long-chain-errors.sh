# A chain renamed to a long name (nft keeps up to 255 bytes): the kernel's errors name it in
# iptables' 128-byte buffer, from iptables -X and from iptables-restore
iptables -N X
iptables -A X -j ACCEPT
iptables -A INPUT -j X
iptables -E X qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq
iptables -X
iptables -S
iptables -L -n
iptables-restore -n <<'EOF2'
*filter
-X
COMMIT
EOF2
iptables -D INPUT 1
iptables -X
iptables -F
iptables -X
iptables -N Y
iptables -A Y -j RETURN
iptables -E Y mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm
iptables-save -t filter
iptables -X
iptables-restore -n <<'EOF2'
*filter
-X
COMMIT
EOF2
iptables-save -t filter > /tmp/s
iptables-restore < /tmp/s
iptables -S
