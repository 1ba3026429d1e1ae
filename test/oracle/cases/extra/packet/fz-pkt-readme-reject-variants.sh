# README probe table: REJECT variants on the forward path as the client sees them (net/host-prohibited, net/host/proto-unreachable, tcp-reset, port-unreachable)
ip netns add c
ip netns add s
ip link add vc type veth peer name eth0 netns c
ip link add vs type veth peer name eth0 netns s
ip addr add 10.0.1.1/24 dev vc
ip addr add 10.0.2.1/24 dev vs
ip link set vc up
ip link set vs up
ip netns exec c ip link set lo up
ip netns exec c ip addr add 10.0.1.2/24 dev eth0
ip netns exec c ip link set eth0 up
ip netns exec c ip route add default via 10.0.1.1
ip netns exec s ip link set lo up
ip netns exec s ip addr add 10.0.2.2/24 dev eth0
ip netns exec s ip link set eth0 up
ip netns exec s ip route add default via 10.0.2.1
ip netns exec s serve tcp 80
ip netns exec s serve udp 53
sysctl -w net.ipv4.ip_forward=1
iptables -A FORWARD -p tcp --dport 80 -j REJECT --reject-with icmp-net-prohibited
iptables -A FORWARD -p udp --dport 53 -j REJECT --reject-with icmp-host-prohibited
iptables -A FORWARD -p icmp -j REJECT --reject-with icmp-proto-unreachable
ip netns exec c probe tcp 10.0.2.2 80
ip netns exec c probe udp 10.0.2.2 53
ip netns exec c probe icmp 10.0.2.2
iptables -F
iptables -A FORWARD -p tcp --dport 80 -j REJECT --reject-with icmp-net-unreachable
iptables -A FORWARD -p udp --dport 53 -j REJECT --reject-with icmp-proto-unreachable
iptables -A FORWARD -p icmp -j REJECT --reject-with icmp-host-unreachable
ip netns exec c probe tcp 10.0.2.2 80
ip netns exec c probe udp 10.0.2.2 53
ip netns exec c probe icmp 10.0.2.2
iptables -F
iptables -A FORWARD -p tcp --dport 80 -j REJECT --reject-with tcp-reset
iptables -A FORWARD -p udp -j REJECT --reject-with icmp-port-unreachable
ip netns exec c probe tcp 10.0.2.2 80
iptables-save -c
