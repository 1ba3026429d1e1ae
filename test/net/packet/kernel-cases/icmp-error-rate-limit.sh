ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
iptables -A OUTPUT -p icmp
ip netns exec client probe udp 10.0.0.1 1
ip netns exec client probe udp 10.0.0.1 2
ip netns exec client probe udp 10.0.0.1 3
ip netns exec client probe udp 10.0.0.1 4
ip netns exec client probe udp 10.0.0.1 5
ip netns exec client probe udp 10.0.0.1 6
ip netns exec client probe udp 10.0.0.1 7
ip netns exec client probe udp 10.0.0.1 8
ip netns exec client probe udp 10.0.0.1 9
ip netns exec client probe tcp 10.0.0.1 9
ip netns exec client probe udp 10.0.0.1 10 --timeout 1
ip netns exec client probe udp 10.0.0.1 11
iptables -L OUTPUT -v -n
probe udp 127.0.0.1 1
probe udp 127.0.0.1 2
probe udp 127.0.0.1 3
probe udp 127.0.0.1 4
probe udp 127.0.0.1 5
probe udp 127.0.0.1 6
probe udp 127.0.0.1 7
probe udp 127.0.0.1 8
probe udp 10.0.0.1 8
