# -m physdev on a frame that came in through a bridge port and is routed by the bridge host (no out-port): --physdev-out fails even inverted; --physdev-in still tests the in-port
ip netns add a
ip netns add b
ip link add br0 type bridge
ip addr add 10.3.0.254/24 dev br0
ip link set br0 up
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link set va master br0
ip link set vb master br0
ip link set va up
ip link set vb up
ip netns exec a ip link set lo up
ip netns exec a ip addr add 10.3.0.1/24 dev eth0
ip netns exec a ip link set eth0 up
ip netns exec a ip route add default via 10.3.0.254
ip netns exec b ip link set lo up
ip netns exec b ip addr add 10.3.0.2/24 dev eth0
ip netns exec b ip link set eth0 up
ip netns exec b ip route add default via 10.3.0.254
ip netns add c
ip link add vc type veth peer name eth0 netns c
ip addr add 10.0.1.1/24 dev vc
ip link set vc up
ip netns exec c ip link set lo up
ip netns exec c ip addr add 10.0.1.2/24 dev eth0
ip netns exec c ip link set eth0 up
ip netns exec c ip route add default via 10.0.1.1
sysctl -w net.ipv4.ip_forward=1
ip netns exec a serve tcp 80
ip netns exec b serve tcp 80
ip netns exec b serve udp 53
ip netns exec c serve udp 7000
iptables -A FORWARD -m physdev --physdev-out vb
iptables -A FORWARD -m physdev ! --physdev-out vb
iptables -A FORWARD -m physdev --physdev-in vb
iptables -A FORWARD -m physdev ! --physdev-in va
iptables -A FORWARD -m physdev --physdev-is-bridged
iptables -A FORWARD -m physdev ! --physdev-is-out
iptables -A INPUT -m physdev --physdev-in va
iptables -A INPUT -m physdev ! --physdev-out va
ip netns exec c probe udp 10.3.0.2 53
ip netns exec b probe udp 10.0.1.2 7000
ip netns exec a probe udp 10.3.0.2 53
ip netns exec a probe icmp 10.3.0.254
iptables-save -c
