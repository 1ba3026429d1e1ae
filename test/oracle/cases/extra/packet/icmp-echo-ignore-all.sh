ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
sysctl -w net.ipv4.icmp_echo_ignore_all=1
ip netns exec client probe icmp 10.0.0.1
sysctl -w net.ipv4.icmp_echo_ignore_all=0
ip netns exec client probe icmp 10.0.0.1
