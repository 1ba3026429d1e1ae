# x_tables runs checkentry even on rules no hook reaches (after an unconditional verdict):
# ECN without -p tcp and SECMARK without SELinux fail the whole legacy restore at COMMIT
iptables-legacy-restore <<'EOF2'
*mangle
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -j ACCEPT
-A POSTROUTING -j ECN --ecn-tcp-remove
COMMIT
EOF2
iptables-legacy-restore <<'EOF2'
*mangle
-A INPUT -j DROP
-A INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0
COMMIT
EOF2
iptables-legacy-restore <<'EOF2'
*mangle
-N U
-A U -j RETURN
-A U -p udp -j ECN --ecn-tcp-cwr 1
-A PREROUTING -j U
COMMIT
EOF2
ip6tables-legacy-restore <<'EOF2'
*mangle
-A OUTPUT -j ACCEPT
-A OUTPUT -j SECMARK --selctx a
COMMIT
EOF2
iptables-legacy-restore <<'EOF2'
*mangle
-A FORWARD -j ACCEPT
-A FORWARD -p tcp -j ECN --ecn-tcp-remove
-A FORWARD -j TCPMSS --set-mss 1000
COMMIT
EOF2
iptables-legacy-save -t mangle | grep -v '^#'
iptables-restore <<'EOF2'
*mangle
-A POSTROUTING -j ACCEPT
-A POSTROUTING -j ECN --ecn-tcp-remove
COMMIT
EOF2
iptables-save -t mangle | grep -v '^#'
