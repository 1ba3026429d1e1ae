# conf/default writes and the devices they reach: the case's lo (up from the start), a namespace's lo before and after up, a veth moved into a namespace, then given an address there.
sysctl -w net.ipv4.conf.default.rp_filter=1
sysctl net.ipv4.conf.lo.rp_filter
ip netns add a
ip link add v0 type veth peer name v1
ip link set v1 netns a
ip netns exec a sysctl -w net.ipv4.conf.default.arp_ignore=2
ip netns exec a sysctl net.ipv4.conf.lo.arp_ignore net.ipv4.conf.v1.arp_ignore
ip netns exec a ip link set lo up
ip netns exec a ip link set v1 up
ip netns exec a sysctl -w net.ipv4.conf.default.arp_ignore=1
ip netns exec a sysctl net.ipv4.conf.lo.arp_ignore net.ipv4.conf.v1.arp_ignore
ip netns exec a ip addr add 10.1.0.2/24 dev v1
ip netns exec a sysctl -w net.ipv4.conf.default.arp_ignore=0
ip netns exec a sysctl net.ipv4.conf.v1.arp_ignore
ip netns exec a ip link set v1 netns 1
sysctl net.ipv4.conf.v1.arp_ignore net.ipv4.conf.v1.rp_filter
ip addr add 10.2.0.1/24 dev v0 
ip addr add 10.2.0.1/24 dev v0
sysctl -w net.ipv4.conf.default.rp_filter=2
sysctl net.ipv4.conf.v0.rp_filter
