iptables-restore <<'EOF'
*mangle
:PREROUTING DROP [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
COMMIT
*raw
:PREROUTING ACCEPT [3:4]
COMMIT
EOF
iptables-save
iptables-save -c -t raw
