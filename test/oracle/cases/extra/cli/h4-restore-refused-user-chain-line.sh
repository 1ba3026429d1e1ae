# iptables-restore: a rule checkentry refuses when it is added is named at its own line, even in
# a user chain a hook reaches; a rule refused only for the hooks that reach it names the jump.
iptables-restore <<'EOF2'
*filter
:ACCT - [0:0]
-A INPUT -j ACCT
-A INPUT -p tcp --dport 22 -j ACCEPT
-A ACCT -p tcp -m nfacct --nfacct-name missing -j RETURN
COMMIT
EOF2
iptables-restore <<'EOF2'
*filter
:NATLIKE - [0:0]
-A FORWARD -j NATLIKE
-A NATLIKE -p tcp -j DNAT --to-destination 10.0.0.2
COMMIT
EOF2
iptables-restore <<'EOF2'
*nat
:PORTS - [0:0]
-A POSTROUTING -j PORTS
-A PORTS -p tcp -j REDIRECT --to-ports 8080
COMMIT
EOF2
iptables-restore <<'EOF2'
*raw
:HELPERS - [0:0]
-A PREROUTING -j HELPERS
-A OUTPUT -j HELPERS
-A HELPERS -p tcp --dport 21 -j CT --helper nosuch
COMMIT
EOF2
iptables-restore <<'EOF2'
*mangle
:CLAMP - [0:0]
-A PREROUTING -j CLAMP
-A CLAMP -p udp -j TCPMSS --set-mss 1400
COMMIT
EOF2
iptables-restore <<'EOF2'
*filter
:REJ - [0:0]
-A OUTPUT -j REJ
-A REJ -p udp -j REJECT --reject-with tcp-reset
COMMIT
EOF2
iptables-restore <<'EOF2'
*nat
:PORTS - [0:0]
-A PORTS -p tcp -j REDIRECT --to-ports 8080
-A POSTROUTING -j PORTS
COMMIT
EOF2
iptables-restore <<'EOF2'
*mangle
:CLAMP - [0:0]
-A CLAMP -p udp -j TCPMSS --set-mss 1400
-A PREROUTING -j CLAMP
COMMIT
EOF2
iptables-restore <<'EOF2'
*filter
:ACCT - [0:0]
-A ACCT -p tcp -m nfacct --nfacct-name missing -j RETURN
-A INPUT -j ACCT
COMMIT
EOF2
iptables-save
