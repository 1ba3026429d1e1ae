iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.2 -j ACCEPT
iptables-restore --noflush <<'EOF'
*filter
-I INPUT -s 10.0.0.9 -j DROP
-I INPUT 2 -s 10.0.0.8 -j DROP
-R INPUT 4 -s 10.0.0.7 -j DROP
-D INPUT 1
COMMIT
EOF
iptables -S
