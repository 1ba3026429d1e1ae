# Two IPv6 namespaces on a bridge whose own address is their gateway to a third network: bridged traffic skips ip6tables, routed traffic goes through FORWARD
ip netns add a
ip netns add b
ip netns add far
ip link add br0 type bridge
ip link set br0 up
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link add vfar type veth peer name eth0 netns far
ip link set va master br0
ip link set vb master br0
ip link set va up
ip link set vb up
ip link set vfar up
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n far link set eth0 up
ip -6 addr add 2001:db8:10::1/64 dev br0 nodad
ip -6 addr add 2001:db8:20::1/64 dev vfar nodad
ip -n a -6 addr add 2001:db8:10::a/64 dev eth0 nodad
ip -n b -6 addr add 2001:db8:10::b/64 dev eth0 nodad
ip -n far -6 addr add 2001:db8:20::2/64 dev eth0 nodad
ip -n a -6 route add default via 2001:db8:10::1
ip -n b -6 route add default via 2001:db8:10::1
ip -n far -6 route add default via 2001:db8:20::1
sysctl -qw net.ipv6.conf.all.forwarding=1
sleep 3
ip6tables -A FORWARD -p tcp
ip6tables -A INPUT -p tcp
ip netns exec a curl -s -m 0.5 http://[2001:db8:10::b]/; echo rc=$?
ip netns exec a curl -s -m 0.5 http://[2001:db8:10::1]/; echo rc=$?
ip netns exec a curl -s -m 0.5 http://[2001:db8:20::2]/; echo rc=$?
ip netns exec far curl -s -m 0.5 http://[2001:db8:10::b]:22/; echo rc=$?
ip netns exec b ip6tables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
ip netns exec b ip6tables -A INPUT -p tcp --dport 23 -j DROP
ip netns exec far curl -s -m 0.5 http://[2001:db8:10::b]:22/; echo rc=$?
ip netns exec a curl -s -m 0.5 http://[2001:db8:10::b]:23/; echo rc=$?
ip6tables -L -v -n -x | grep -v '^$'
ip netns exec b ip6tables -L INPUT -v -n -x
ip -6 neigh show 2001:db8:10::b dev br0 | awk '{print $1, $NF}'
ip -n a -6 neigh show 2001:db8:10::1 | awk '{print $1, $2, $3, $NF}'
ip -n a -6 neigh show 2001:db8:10::b | awk '{print $1, $2, $3, $NF}'
