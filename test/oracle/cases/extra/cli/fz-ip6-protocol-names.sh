iptables -v -A INPUT -p icmpv6 -j ACCEPT
iptables -v -A INPUT -p mh -j ACCEPT
iptables -v -A INPUT -p ipv6-mh -j ACCEPT
iptables -v -A INPUT -p 135 -j ACCEPT
iptables -v -A INPUT -p 58 -j ACCEPT
ip6tables -v -A INPUT -p mh -j ACCEPT
ip6tables -v -A INPUT -p ipv6-mh -j ACCEPT
ip6tables -v -A INPUT -p udplite -j ACCEPT
ip6tables -v -A INPUT -p ah -j ACCEPT
iptables -S
ip6tables -S
