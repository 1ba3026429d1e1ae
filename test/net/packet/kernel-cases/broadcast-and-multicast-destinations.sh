ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 brd + dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 brd + dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve udp 53 --name host
ip netns exec client probe tcp 10.0.0.255 80
ip netns exec client probe udp 10.0.0.255 53
ip netns exec client probe icmp 10.0.0.255
ip netns exec client probe udp 255.255.255.255 53
ip netns exec client probe tcp 10.0.0.0 80
ip netns exec client probe icmp 224.0.0.1
