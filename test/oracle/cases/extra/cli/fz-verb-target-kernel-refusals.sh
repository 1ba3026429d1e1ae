iptables -A INPUT -j NFQUEUE --queue-balance 0:65535
iptables -A INPUT -j NFQUEUE --queue-balance 1:65535
iptables -A INPUT -j NFQUEUE --queue-balance 0:65534 --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-balance 65535:65535
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.300
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3
iptables -t mangle -A PREROUTING -j TEE --gateway 999
iptables -t nat -A PREROUTING -j NETMAP --to 10.0.0.300/24
iptables-restore <<'EOF2'
*raw
:OUTPUT ACCEPT [1:2]
-A OUTPUT -j TEE --gateway 10.0.0.300
COMMIT
EOF2
iptables -S
iptables -t mangle -S
