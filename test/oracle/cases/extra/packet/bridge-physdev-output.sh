
ip netns add a
ip netns add b
ip link add br0 type bridge
ip link set br0 up
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link set va master br0
ip link set vb master br0
ip link set va up
ip link set vb up
ip netns exec a ip addr add 10.2.0.1/24 dev eth0
ip netns exec b ip addr add 10.2.0.2/24 dev eth0
ip netns exec a ip link set eth0 up
ip netns exec b ip link set eth0 up
ip netns exec a ip link set lo up
ip addr add 10.2.0.254/24 dev br0
ip netns exec a serve udp 53
iptables -A OUTPUT -m physdev --physdev-out va -j ACCEPT
iptables -A OUTPUT -m physdev --physdev-is-out -j ACCEPT
iptables -A OUTPUT -o br0 -j ACCEPT
iptables -A INPUT -m physdev --physdev-is-in -j ACCEPT
iptables -A INPUT -m physdev --physdev-is-bridged -j ACCEPT
iptables -A INPUT -i br0 -j ACCEPT
probe udp 10.2.0.1 53
iptables -L -v -n
