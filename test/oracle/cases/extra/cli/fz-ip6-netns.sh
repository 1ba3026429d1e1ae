ip netns add ns6
ip netns exec ns6 ip6tables -A INPUT -s 2001:db8::1 -j DROP
ip netns exec ns6 ip6tables -S INPUT
ip6tables -S INPUT
ip netns exec ns6 ip6tables-save | grep -v "^#"
ip netns exec ns6 iptables -S INPUT
