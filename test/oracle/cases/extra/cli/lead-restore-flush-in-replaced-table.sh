# iptables-nft-restore in a block that replaces its table: a bare -F flushes nothing (-v still names the chains), -F of a built-in chain the block has not made fails at COMMIT, -F/-X of the block's own chains work; with --noflush a bare -F flushes every chain.
iptables-restore <<'EOF2'
*filter
:web - [0:0]
:x - [0:0]
-A INPUT -s 10.0.0.0/8 -j web
-A web -p tcp --dport 80 -j ACCEPT
-F web
-X x
COMMIT
EOF2
iptables -S
iptables-restore <<'EOF2'
*filter
:web - [0:0]
:x - [0:0]
-A web -j ACCEPT
-X
COMMIT
EOF2
echo rc=$?
iptables -S
iptables-restore <<'EOF2'
*filter
:web - [0:0]
-A web -j ACCEPT
-Z
-L -v -n
-F INPUT
COMMIT
EOF2
echo rc=$?
iptables -S
iptables-restore --noflush <<'EOF2'
*filter
:new - [0:0]
-A new -j ACCEPT
-A INPUT -j new
-F
COMMIT
EOF2
iptables -S
iptables-restore -v <<EOF2
*filter
:web - [0:0]
-A web -j ACCEPT
-F
-F web
COMMIT
EOF2
iptables -S
