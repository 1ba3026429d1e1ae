ip netns add a
ip netns add b
ip link add br0 type bridge
ip link set br0 up
ip link add va type veth peer name eth0
ip link set eth0 netns a
ip link add vb type veth peer name eth0
ip link set eth0 netns b
ip link set va master br0
ip link set vb master br0
ip link set va up
ip link set vb up
ip addr add 10.0.0.1/24 dev br0
ip netns exec a ip link set lo up
ip netns exec a ip addr add 10.0.0.2/24 dev eth0
ip netns exec a ip link set eth0 up
ip netns exec b ip link set lo up
ip netns exec b ip addr add 10.0.0.3/24 dev eth0
ip netns exec b ip link set eth0 up
ip netns exec b serve tcp 80
ip netns exec b serve udp 53
iptables -A FORWARD -p tcp
iptables -A INPUT -p tcp
ip netns exec a probe tcp 10.0.0.3 80
ip netns exec a probe tcp 10.0.0.1 80
modprobe br_netfilter
sysctl net.bridge.bridge-nf-call-iptables
sysctl -w net.bridge.bridge-nf-call-iptables=1
ip netns exec a probe tcp 10.0.0.3 80
iptables -A FORWARD -m physdev --physdev-in va -p udp -j DROP
ip netns exec a probe udp 10.0.0.3 53
iptables-save -c
