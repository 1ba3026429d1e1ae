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
ip netns exec b serve tcp 80
sysctl -w net.bridge.bridge-nf-call-iptables=0
iptables -A FORWARD -m physdev --physdev-in va -p tcp --dport 80 -j DROP
ip netns exec a probe tcp 10.2.0.2 80
ip link set br0 type bridge nf_call_iptables 1
ip -d link show br0 | grep -o 'nf_call_iptables [0-9]'
ip netns exec a probe tcp 10.2.0.2 80
ip link set br0 type bridge nf_call_iptables 0
ip netns exec a probe tcp 10.2.0.2 80
iptables -L FORWARD -v -n -x
