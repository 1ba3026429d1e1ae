ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client serve udp 5353
iptables -t nat -A OUTPUT -d 10.77.0.1 -p udp --dport 53 -j DNAT --to-destination 10.0.0.2:5353
ip route add 10.77.0.0/16 via 10.0.0.2
probe udp 10.77.0.1 53
probe udp 10.0.0.2 5353
iptables -t nat -L OUTPUT -v -n
