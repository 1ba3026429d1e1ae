iptables -b
iptables -L -b
iptables -X -bad
iptables -A INPUT -b -j ACCEPT
iptables -bL
iptables -Lb
iptables-legacy -L -b
iptables -S
iptables-restore <<'EOF2'
*filter
-A INPUT -b -j ACCEPT
COMMIT
EOF2
iptables-nft-restore --help
iptables-legacy-restore -h
xtables-nft-multi iptables-restore -h
