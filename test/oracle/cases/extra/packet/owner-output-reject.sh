ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client serve tcp 80
ip netns exec client serve udp 53
iptables -A OUTPUT -m owner --uid-owner 0 -p udp -j REJECT
iptables -A OUTPUT -m owner --uid-owner 1000 -p tcp -j REJECT
probe udp 10.0.0.2 53
probe tcp 10.0.0.2 80
iptables -L OUTPUT -v -n
