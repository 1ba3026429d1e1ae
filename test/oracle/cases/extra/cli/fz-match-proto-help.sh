# -h with -p loads the match named by the -p text itself (lower-cased), not by number.
iptables -p 6 -h
iptables -p TCP -h
iptables -p udplite -h
iptables -p all -h
iptables -p icmp -m tcp -h
iptables -p tcp -m multiport -h
