ip netns add c1
ip link add v0 type veth peer name eth0 netns c1
ip -n c1 addr add 10.0.0.2/24 dev eth0
ip -n c1 link set eth0 up
ip -n c1 link set lo up
ip -n c1 route add default via 10.0.0.1
ip -n c1 route
ip -n c1 -4 -o addr show dev eth0
ip -n nosuch route
ip netns exec c1 ip route get 10.0.0.1
ip netns exec c1 iptables -A INPUT -j ACCEPT
ip netns exec c1 iptables -S
iptables -S
ip netns list
ip netns exec c1 sysctl net.ipv4.ip_forward
