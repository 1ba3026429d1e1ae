ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip route add blackhole 10.50.0.0/16
ip route add unreachable 10.51.0.0/16
ip route add prohibit 10.52.0.0/16
probe udp 10.50.0.1 53
probe udp 10.51.0.1 53
probe udp 10.52.0.1 53
probe tcp 10.51.0.1 80
probe icmp 10.52.0.1
probe tcp 10.53.0.1 80
