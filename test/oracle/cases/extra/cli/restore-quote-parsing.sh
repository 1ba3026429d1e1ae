iptables-restore <<'EOF'
*filter
-A INPUT -m comment --comment "a b" -m comment --comment 'c "d"' -j ACCEPT
-A INPUT -m comment --comment "" -j ACCEPT
-A INPUT -m comment --comment "x\"y" -j ACCEPT
-A INPUT -m comment --comment "tab	in" -j ACCEPT
-A INPUT -j LOG --log-prefix "pfx: "
COMMIT
EOF
iptables-save -t filter
iptables -L INPUT -n
