# lesson: reading-rules
# claim: iptables (nft) does not list legacy rules but warns they exist; big counters are abbreviated without -x; -Z zeroes counters; --version names the back end.
# shows: iptables v1.8.9 (nf_tables)
# shows: # Warning: iptables-legacy tables present, use iptables-legacy to see them
# shows: 568K
iptables --version
iptables-restore -c <<'EOF2'
*filter
:INPUT ACCEPT [0:0]
[568123:34000000] -A INPUT -p tcp --dport 22 -j ACCEPT
COMMIT
EOF2
iptables -L INPUT -n -v
iptables -L INPUT -n -v -x
iptables -Z INPUT
iptables -L INPUT -n -v -x
iptables-legacy -A INPUT -p tcp --dport 9 -j DROP
iptables -S
iptables-legacy -S
