ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
iptables -A INPUT -p udp -j REJECT
ip netns exec client probe udp 10.0.0.1 1
ip netns exec client probe udp 10.0.0.1 2
ip netns exec client probe udp 10.0.0.1 3
iptables -L INPUT -v -n -x
iptables -L OUTPUT -v -n -x
