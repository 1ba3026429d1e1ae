# nft iptables-restore -v prints a block's text when its COMMIT is processed (nothing on a parse error, a missing COMMIT or --test); legacy prints as it reads
iptables -N old
iptables-restore -t -v <<'EOF2'
*filter
:web - [0:0]
-A INPUT -j web
COMMIT
EOF2
iptables-restore -v <<'EOF2'
*filter
:web - [0:0]
-A INPUT -j web
COMMIT
*nat
-A OUTPUT -j ACCEPT
-A OUTPUT -j bogus
COMMIT
EOF2
iptables-restore -v <<'EOF2'
*filter
-A INPUT -j ACCEPT
EOF2
iptables-restore -v <<'EOF2'
*filter
-A INPUT -j ACCEPT
-A INPUT -j nochain
COMMIT
EOF2
iptables-restore -v <<'EOF2'
# comment one
*filter
-A INPUT -j ACCEPT
COMMIT
# comment two
*nat
garbage
COMMIT
EOF2
iptables-restore -n -v <<'EOF2'
*filter
-A INPUT -j ACCEPT
-D INPUT -j ACCEPT
COMMIT
EOF2
iptables-restore -t -v <<'EOF2'
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A OUTPUT -j ACCEPT
COMMIT
EOF2
iptables-legacy-restore -t -v <<'EOF2'
*filter
-A INPUT -j ACCEPT
COMMIT
EOF2
iptables-legacy-restore -v <<'EOF2'
*filter
-A INPUT -j ACCEPT
-A INPUT -j nochain
COMMIT
EOF2
iptables-legacy-restore -v <<'EOF2'
*filter
:web - [0:0]
# after the chain lines
-A INPUT -j web
COMMIT
EOF2
iptables-restore -v <<'EOF2'
*filter
:web - [0:0]
# after the chain lines
-A INPUT -j web
COMMIT
EOF2
