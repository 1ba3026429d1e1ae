ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client probe icmp 10.0.0.255
sysctl net.ipv4.icmp_echo_ignore_broadcasts
ip netns exec client probe icmp 10.0.0.0
