# Routes via a link-local next hop, the router's own INPUT, and hop limits: HL rewritten to 1 dies on the router, -m hl sees the decremented value in FORWARD
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
ip -6 addr add fe80::1/64 dev vcli
ip -6 addr add fe80::1/64 dev vsrv
ip -6 addr add 2001:db8:a::1/64 dev vcli nodad
ip -6 addr add 2001:db8:b::1/64 dev vsrv nodad
ip -n cli -6 addr add 2001:db8:a::2/64 dev eth0 nodad
ip -n srv -6 addr add 2001:db8:b::2/64 dev eth0 nodad
ip -n cli -6 route add default via fe80::1 dev eth0
ip -n srv -6 route add default via fe80::1 dev eth0
sysctl -w net.ipv6.conf.all.forwarding=1
sleep 3
ip -n cli -6 route
ip -n cli -6 route get 2001:db8:b::2
ip -n cli -6 route get 2001:db8:a::1
ip netns exec cli curl -s -m 0.5 http://[2001:db8:b::2]:80/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:b::1]:80/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:a::1]:80/; echo rc=$?
ip6tables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -p tcp --dport 23 -j REJECT
ip6tables -A INPUT -p tcp --dport 24 -j DROP
ip6tables -A OUTPUT -p tcp --tcp-flags RST RST
ip netns exec cli curl -s -m 0.5 http://[2001:db8:b::1]:22/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:a::1]:23/; echo rc=$?
ip netns exec cli curl -s -m 1.5 http://[2001:db8:a::1]:23/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:a::1]:24/; echo rc=$?
ip6tables -L INPUT -v -n -x
ip6tables -L OUTPUT -v -n -x
ip6tables -A FORWARD -m hl --hl-eq 63 -p tcp
ip6tables -A FORWARD -m hl --hl-lt 63 -p tcp
ip netns exec cli curl -s -m 0.5 http://[2001:db8:b::2]:81/; echo rc=$?
ip netns exec cli ip6tables -t mangle -A POSTROUTING -p tcp --dport 82 -j HL --hl-set 1
ip netns exec cli ip6tables -t mangle -A POSTROUTING -p tcp --dport 83 -j HL --hl-set 2
ip netns exec cli curl -s -m 0.5 http://[2001:db8:b::2]:82/; echo rc=$?
ip netns exec cli curl -s -m 1.5 http://[2001:db8:b::2]:82/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:b::2]:83/; echo rc=$?
ip6tables -L FORWARD -v -n -x
ip netns exec cli ip6tables -t mangle -L POSTROUTING -v -n -x
