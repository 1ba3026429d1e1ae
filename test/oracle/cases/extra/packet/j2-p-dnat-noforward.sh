# port forwarding from a guide without enabling ip_forward, then with it, then testing from the router itself
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip route add default via 10.0.0.1
ip netns add srv
ip link add veth1 type veth peer name eth0 netns srv
ip addr add 10.1.0.1/24 dev veth1
ip link set veth1 up
ip netns exec srv ip addr add 10.1.0.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip link set lo up
ip netns exec srv ip route add default via 10.1.0.1
ip netns exec srv serve tcp 80
iptables -t nat -A PREROUTING -i veth0 -p tcp --dport 8080 -j DNAT --to-destination 10.1.0.2:80
ip netns exec client probe tcp 10.0.0.1 8080
sysctl -w net.ipv4.ip_forward=1
ip netns exec client probe tcp 10.0.0.1 8080
probe tcp 10.0.0.1 8080
iptables -t nat -A OUTPUT -p tcp --dport 8080 -j DNAT --to-destination 10.1.0.2:80
probe tcp 10.0.0.1 8080
iptables -t nat -L -n -v
