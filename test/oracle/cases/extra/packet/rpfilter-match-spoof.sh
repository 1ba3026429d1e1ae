ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve udp 53
ip netns exec client ip addr add 10.9.0.2/24 dev eth0
ip netns exec client ip route add 10.0.0.1/32 dev eth0 src 10.9.0.2
iptables -t raw -A PREROUTING -m rpfilter --invert -j DROP
ip netns exec client probe udp 10.0.0.1 53
ip route add 10.9.0.0/24 dev veth0
ip netns exec client probe udp 10.0.0.1 53
iptables -t raw -L PREROUTING -v -n
