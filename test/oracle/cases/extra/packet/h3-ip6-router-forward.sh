# An IPv6 router in the root namespace: nothing is forwarded until net.ipv6.conf.all.forwarding=1, then FORWARD rules decide
ip netns add cli
ip netns add srv
ip link add vcli type veth peer name eth0 netns cli
ip link add vsrv type veth peer name eth0 netns srv
ip link set vcli up
ip link set vsrv up
ip -n cli link set lo up
ip -n srv link set lo up
ip -n cli link set eth0 up
ip -n srv link set eth0 up
ip -6 addr add 2001:db8:1::1/64 dev vcli nodad
ip -6 addr add 2001:db8:2::1/64 dev vsrv nodad
ip -n cli -6 addr add 2001:db8:1::2/64 dev eth0 nodad
ip -n srv -6 addr add 2001:db8:2::2/64 dev eth0 nodad
ip -n cli -6 route add default via 2001:db8:1::1
ip -n srv -6 route add default via 2001:db8:2::1
sleep 3
ip6tables -A FORWARD -p tcp --dport 80
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:1::1]/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::1]/; echo rc=$?
sysctl net.ipv6.conf.all.forwarding net.ipv6.conf.vcli.forwarding
sysctl -w net.ipv6.conf.all.forwarding=1
sysctl net.ipv6.conf.vsrv.forwarding net.ipv6.conf.default.forwarding
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]/; echo rc=$?
ip netns exec srv curl -s -m 0.5 http://[2001:db8:1::2]:80/; echo rc=$?
ip6tables -A FORWARD -p tcp --dport 81 -j REJECT
ip6tables -A FORWARD -p tcp --dport 82 -j REJECT --reject-with tcp-reset
ip6tables -A FORWARD -p tcp --dport 83 -j DROP
ip6tables -A FORWARD -p tcp --dport 84 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -A FORWARD -i vcli -o vsrv -p tcp --dport 85 -j ACCEPT
ip6tables -A FORWARD -i vsrv -o vcli -p tcp --sport 85 -j ACCEPT
ip6tables -A FORWARD -s 2001:db8:2::/64 -p tcp
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:81/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:82/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:83/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:84/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:85/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:86/; echo rc=$?
ip netns exec cli curl -s http://[2001:db8:2::9]:86/; echo rc=$?
ip6tables -L FORWARD -v -n -x
ip6tables -S FORWARD
ip -6 route show dev vsrv
ip -n srv -6 route
