# iptables-legacy: -v -C echoes the rule before libiptc looks (found or not); xt_limit's overflow
# check answers ERANGE and a missing CT helper ENOENT, in libiptc's words (dmesg only for EINVAL).
iptables-legacy -A INPUT -j ACCEPT
iptables-legacy -v -C INPUT -j ACCEPT
iptables-legacy -v -C INPUT -j DROP
iptables-legacy -v -C INPUT -p tcp --dport 22 -j REJECT
iptables-legacy -v -C NOPE -j DROP
iptables-legacy -t nat -v -C POSTROUTING -j REJECT
iptables-legacy -A INPUT -m limit --limit 3/day
iptables-legacy -A INPUT -m limit --limit 3/day --limit-burst 1
iptables-legacy -A INPUT -m limit --limit 1/day --limit-burst 1
iptables-legacy -A INPUT -m limit --limit 5/hour --limit-burst 100
iptables-legacy -A INPUT -m limit --limit 5/min --limit-burst 10000
iptables-legacy -A INPUT -m limit --limit 10/sec --limit-burst 0
iptables-legacy -A INPUT -m limit --limit 20/day --limit-burst 5
iptables-legacy -A INPUT -m limit --limit 10/day --limit-burst 5
iptables-legacy -S INPUT
iptables -A INPUT -m limit --limit 1/day --limit-burst 10000
iptables -S INPUT
iptables-legacy -t raw -A PREROUTING -p tcp -j CT --helper nosuch
iptables-legacy -t raw -A PREROUTING -p udp -j CT --helper ftp
iptables-legacy -t raw -A PREROUTING -j CT --timeout x
ip6tables-legacy -t raw -A OUTPUT -p tcp -j CT --helper irc
ip6tables-legacy -v -C INPUT -j DROP
iptables-legacy -t raw -S
