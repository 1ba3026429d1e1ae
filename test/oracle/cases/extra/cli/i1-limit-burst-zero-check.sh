# nft's limit expression turns a zero burst into its default of 5: the rule reads back with
# burst 5, so -C/-D spelled with --limit-burst 0 do not find it; without it they do
iptables -A INPUT -p icmp -m limit --limit 10/second --limit-burst 0 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables -C INPUT -p icmp -m limit --limit 10/second --limit-burst 0 -j ACCEPT
iptables -C INPUT -p icmp -m limit --limit 10/second --limit-burst 5 -j ACCEPT
iptables -C INPUT -p icmp -m limit --limit 10/second -j ACCEPT
iptables -D INPUT -p icmp -m limit --limit 10/second --limit-burst 0 -j ACCEPT
iptables -D INPUT -p icmp -m limit --limit 10/second -j ACCEPT
iptables -N LIM
iptables -A LIM -m limit --limit 1/min --limit-burst 0
iptables -D LIM -m limit --limit 1/min --limit-burst 0
iptables -D LIM -m limit --limit 1/min
ip6tables -A INPUT -m limit --limit 3/hour --limit-burst 0 -j DROP
ip6tables -C INPUT -m limit --limit 3/hour --limit-burst 0 -j DROP
ip6tables -C INPUT -m limit --limit 3/hour -j DROP
iptables-restore --noflush <<'EOF2'
*filter
-A INPUT -m limit --limit 2/s --limit-burst 0 -j LOG
COMMIT
EOF2
iptables -C INPUT -m limit --limit 2/s --limit-burst 0 -j LOG
iptables -C INPUT -m limit --limit 2/s -j LOG
iptables-save
iptables -L INPUT -n
iptables -v -A OUTPUT -m limit --limit 5/min --limit-burst 0 -j ACCEPT
iptables -vv -A OUTPUT -m limit --limit 6/min --limit-burst 0 -j ACCEPT
iptables -v -C OUTPUT -m limit --limit 5/min -j ACCEPT
iptables -v -L OUTPUT -n
iptables-legacy -v -A OUTPUT -m limit --limit 5/min --limit-burst 0 -j ACCEPT
