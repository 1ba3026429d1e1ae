ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
ip addr add 10.0.0.9/24 dev veth0
ip netns exec client probe tcp 10.0.0.9 80
ip addr del 10.0.0.9/24 dev veth0
ip netns exec client probe tcp 10.0.0.9 80 --timeout 0.3
ip netns exec client ip route del 10.0.0.0/24
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client ip route
