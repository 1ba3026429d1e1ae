iptables-restore -c <<'EOF2'
*nat
:PREROUTING ACCEPT [1:2]
:POSTROUTING DROP [3:4]
COMMIT
EOF2
iptables -t nat -P PREROUTING ACCEPT
iptables-save -c -t nat
iptables-restore -n <<'EOF2'
*nat
:PREROUTING ACCEPT [7:7]
COMMIT
EOF2
iptables-save -c -t nat
iptables-restore <<'EOF2'
*nat
:POSTROUTING ACCEPT [7:7]
COMMIT
EOF2
iptables-save -c -t nat
iptables-restore -c <<'EOF2'
*nat
:INPUT - [5:6]
COMMIT
EOF2
iptables-save -c -t nat
iptables-restore <<'EOF2'
*nat
:INPUT - [5:6]
:OUTPUT ACCEPT
COMMIT
EOF2
iptables-save -c -t nat
