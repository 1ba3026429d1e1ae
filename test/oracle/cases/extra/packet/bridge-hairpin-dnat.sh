
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
ip netns exec a ip route add default via 10.2.0.254
ip netns exec b ip route add default via 10.2.0.254
sysctl -w net.ipv4.ip_forward=1
ip netns exec b serve tcp 8080 --name pod
iptables -t nat -A PREROUTING -d 10.96.0.1 -p tcp --dport 80 -j DNAT --to-destination 10.2.0.2:8080
ip netns exec a probe tcp 10.96.0.1 80
sysctl -w net.bridge.bridge-nf-call-iptables=0
ip netns exec a probe tcp 10.96.0.1 80
sysctl -w net.bridge.bridge-nf-call-iptables=1
iptables -t nat -A POSTROUTING -s 10.2.0.0/24 -d 10.2.0.2 -p tcp --dport 8080 -j MASQUERADE
ip netns exec a probe tcp 10.96.0.1 80
iptables -t nat -L -v -n
iptables -L FORWARD -v -n
