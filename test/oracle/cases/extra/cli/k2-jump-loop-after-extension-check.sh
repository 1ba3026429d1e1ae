# nf_tables checks a new rule's own extensions (xt checkentry: icmp with ! -p, REJECT tcp-reset without -p tcp) when it is added, before it validates the jump graph: such a rule that also loops is refused with EINVAL, not EMLINK; native matches (ports, --syn) have no such check
iptables -N U; iptables -N V; iptables -A V -j U; iptables -A INPUT -j V; iptables -t nat -N N; iptables -t nat -A OUTPUT -j N
iptables -A U ! -p icmp --icmp-type 8 -j U; echo rc=$?; iptables -A U -p icmp --icmp-type 8 -j U; echo rc=$?
iptables -A U -p udp -m tcp --dport 1 -j V; echo rc=$?; iptables -A U -p tcp -m tcp --dport 1 -j V; echo rc=$?
iptables -A U -p tcp -j REJECT --reject-with tcp-reset; iptables -I U 1 -p udp -j REJECT --reject-with tcp-reset; echo rc=$?
iptables -A U -m conntrack --ctstate NEW -j U; echo rc=$?; iptables -A U -m hashlimit --hashlimit-upto 1/s --hashlimit-name x -j V; echo rc=$?
iptables -I U 1 -p tcp ! --syn -j V; echo rc=$?; iptables -I U 1 ! -p tcp --syn -j V; echo rc=$?; iptables -R U 1 ! -p udp --dport 5 -j U; echo rc=$?
iptables -A V ! -p tcp --tcp-flags SYN SYN -j V; echo rc=$?; iptables -A V -p tcp -m multiport --dports 1,2 -j V; echo rc=$?; iptables -A V ! -p tcp -m multiport --dports 1,2 -j V; echo rc=$?
iptables -t nat -A N -j N; echo rc=$?; iptables -t nat -A N ! -p tcp -j REDIRECT --to-ports 80; echo rc=$?; iptables -t nat -A N ! -p udp -m udp --dport 7 -j N; echo rc=$?; iptables -t nat -A N -m addrtype --src-type LOCAL --limit-iface-in -j N; echo rc=$?
printf '*filter\n-A U ! -p icmp --icmp-type 8 -j U\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-A U ! -p icmp --icmp-type 8 -j V\n-A U -j V\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
ip6tables -N U; ip6tables -A INPUT -j U; ip6tables -A U ! -p icmpv6 --icmpv6-type 1 -j U; echo rc=$?; ip6tables -A U -p ipv6-icmp --icmpv6-type 1 -j U; echo rc=$?
iptables -S; iptables -t nat -S; ip6tables -S
