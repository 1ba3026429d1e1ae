# The machine-wide x_tables extension lists (modules loaded on the Debian host), and the empty nfnetlink files
grep -qx MASQUERADE /proc/net/ip_tables_targets && echo masquerade loaded
grep -x -e conntrack -e state -e recent /proc/net/ip_tables_matches | sort | uniq -c
sort -u /proc/net/ip6_tables_targets | head -5
grep -c . /proc/net/ip_tables_matches /proc/net/ip_tables_targets /proc/net/ip6_tables_matches /proc/net/ip6_tables_targets /proc/net/arp_tables_matches /proc/net/arp_tables_targets
head -3 /proc/net/ip_tables_targets
iptables -A INPUT -m conntrack --ctstate NEW -j LOG
grep -c . /proc/net/ip_tables_matches
cat /proc/net/netfilter/nfnetlink_log /proc/net/netfilter/nfnetlink_queue; echo rc=$?
cat /proc/net/netfilter/nf_log | head -3
