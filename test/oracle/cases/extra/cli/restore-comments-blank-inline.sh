iptables-restore <<'EOF'
# a comment

*filter
# another
:INPUT ACCEPT [0:0]

-A INPUT -s 10.0.0.1 -j ACCEPT
   
COMMIT
# trailing
EOF
iptables -S
