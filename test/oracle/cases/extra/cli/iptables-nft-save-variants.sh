iptables -A INPUT -j ACCEPT
iptables-nft-save
iptables-nft-restore <<'EOF'
*filter
-A INPUT -j DROP
COMMIT
EOF
iptables-nft -S
iptables-legacy-restore <<'EOF'
*filter
-A INPUT -j DROP
COMMIT
EOF
iptables -S
iptables-legacy -S
