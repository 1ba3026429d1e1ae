
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.default.rp_filter=1
ip netns add n1
ip netns exec n1 sysctl net.ipv4.ip_forward
ip netns exec n1 sysctl net.ipv4.conf.default.rp_filter
ip link add d0 type veth peer name d0p
sysctl net.ipv4.conf.d0.rp_filter
sysctl net.ipv4.conf.d0.forwarding
sysctl net.ipv4.conf.nosuch.rp_filter
ip netns exec n1 sysctl net.ipv4.conf.d0.rp_filter
