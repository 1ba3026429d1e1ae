# lesson: persistence
# claim: -C answers with its exit status; -D by specification removes the first identical rule; -F keeps policies; restore without --noflush replaces the table, with --noflush it adds.
# shows: iptables: Bad rule (does a matching rule exist in that chain?).
# shows: -P INPUT DROP
iptables -A INPUT -s 10.1.1.1 -j ACCEPT
iptables -A INPUT -s 10.2.2.2 -j ACCEPT
iptables -A INPUT -s 10.1.1.1 -j ACCEPT
iptables -C INPUT -s 10.1.1.1 -j ACCEPT
iptables -C INPUT -s 10.3.3.3 -j ACCEPT
iptables -D INPUT -s 10.1.1.1 -j ACCEPT
iptables -S INPUT
iptables -P INPUT DROP
iptables -F INPUT
iptables -S INPUT
iptables -N INCIDENT
iptables -A INCIDENT -s 192.0.2.9 -j DROP
iptables -I INPUT -j INCIDENT
iptables-restore --noflush <<'EOF2'
*filter
-A INPUT -s 10.4.4.4 -j ACCEPT
COMMIT
EOF2
iptables -S
iptables-restore <<'EOF2'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -s 10.5.5.5 -j ACCEPT
COMMIT
EOF2
iptables -S
