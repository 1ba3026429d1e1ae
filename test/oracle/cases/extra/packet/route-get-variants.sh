ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip route add 10.20.0.0/16 via 10.0.0.2
ip route add 10.20.1.0/24 via 10.0.0.2 metric 5
ip route get 10.20.1.5
ip route get 10.20.2.5
ip route get 10.0.0.2
ip route get 10.0.0.1
ip route get 10.0.0.255
ip route get 255.255.255.255
ip route get 10.20.1.5 mark 7
ip route replace 10.20.0.0/16 via 10.0.0.3
ip route show
ip route flush 10.20.0.0/16
ip route show
