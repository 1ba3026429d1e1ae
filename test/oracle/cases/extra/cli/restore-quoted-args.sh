iptables-restore <<'EOF'
*filter
-A INPUT -m comment --comment "two words" -j ACCEPT
-A INPUT -m comment --comment 'single q' -j ACCEPT
-A INPUT -m comment --comment "has \"inner\" quotes" -j ACCEPT
-A INPUT -m comment --comment back\\slash -j ACCEPT
COMMIT
EOF
iptables -S
iptables-save
