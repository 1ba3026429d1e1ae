iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [12345:67890123]
[999:999] -A INPUT -i abcdefghijklmno -o abcdefghijklmno -j ACCEPT
[1000:1024] -A INPUT -j ACCEPT
[10000:10240] -A INPUT -j ACCEPT
[100000000:1048576] -A INPUT -j ACCEPT
[1000000000000:1073741824] -A INPUT -j ACCEPT
COMMIT
EOF
iptables -L -v
iptables -L -v -x
iptables -L FORWARD -v
