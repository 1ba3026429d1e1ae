# The kernel makes a rule anew when iptables-nft re-sends it to zero it (-Z, -Z CHAIN N, -L -Z,
# a restore's -Z) and when legacy changes its table at all (any command but -L/-S/-C, a restore's
# COMMIT): nth counts, limit buckets and quotas start again; other tables and chains keep theirs
serve udp 53
iptables -A OUTPUT -p udp --dport 53 -m statistic --mode nth --every 3 --packet 0
iptables -A OUTPUT -p udp --dport 53 -m limit --limit 1/hour --limit-burst 1
iptables -A OUTPUT -p udp --dport 53 -m quota --quota 100
iptables-legacy -t mangle -A OUTPUT -p udp --dport 53 -m statistic --mode nth --every 3 --packet 0
iptables-legacy -t mangle -A OUTPUT -p udp --dport 53 -m limit --limit 1/hour --limit-burst 1
iptables-legacy -t mangle -A OUTPUT -p udp --dport 53 -m quota --quota 100
probe udp 127.0.0.1 53
probe udp 127.0.0.1 53
iptables -Z OUTPUT 2
iptables-legacy -t mangle -L OUTPUT -n
probe udp 127.0.0.1 53
iptables -L OUTPUT -v -n -x
iptables-legacy -t mangle -L OUTPUT -v -n -x
iptables -Z INPUT
iptables-legacy -t nat -N OTHER
iptables-legacy -t mangle -C OUTPUT -p udp --dport 53 -m quota --quota 100
probe udp 127.0.0.1 53
iptables -L OUTPUT -v -n -x
iptables-legacy -t mangle -L OUTPUT -v -n -x
iptables -L OUTPUT -Z -n
iptables-legacy -t mangle -A POSTROUTING -j RETURN
probe udp 127.0.0.1 53
probe udp 127.0.0.1 53
iptables -L OUTPUT -v -n -x
iptables-legacy -t mangle -L OUTPUT -v -n -x
iptables-restore --noflush <<'EOF2'
*filter
-Z OUTPUT
COMMIT
EOF2
iptables-legacy-restore --noflush <<'EOF2'
*mangle
-A POSTROUTING -j RETURN
COMMIT
EOF2
probe udp 127.0.0.1 53
iptables -L OUTPUT -v -n -x
iptables-legacy -t mangle -L OUTPUT -v -n -x
iptables -t nat -N SVC
iptables -t nat -A OUTPUT -p udp --dport 53 -j SVC
iptables -t nat -A SVC -m statistic --mode nth --every 2 --packet 0 -j RETURN
iptables -t nat -A SVC -m statistic --mode nth --every 2 --packet 1 -j RETURN
probe udp 127.0.0.2 53
probe udp 127.0.0.3 53
probe udp 127.0.0.4 53
iptables -t nat -Z SVC
probe udp 127.0.0.5 53
iptables -t nat -L SVC -v -n -x
