ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip route add default via 10.0.0.1
ip netns add server
ip link add veth1 type veth peer name eth0 netns server
ip addr add 10.1.0.1/24 dev veth1
ip link set veth1 up
ip netns exec server ip addr add 10.1.0.2/24 dev eth0
ip netns exec server ip link set eth0 up
ip netns exec server ip link set lo up
ip netns exec server ip route add default via 10.1.0.1
ip netns exec server serve udp 53
sysctl -w net.ipv4.ip_forward=1
ip netns exec client probe udp 127.0.0.1 53
ip netns exec client ip route add 10.9.9.0/24 via 10.0.0.1
ip netns exec client probe udp 10.9.9.9 53
ip netns exec client probe tcp 10.9.9.9 80
