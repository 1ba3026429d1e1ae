# README probe table: DROP/REJECT in the sender's own OUTPUT (tcp timeout/refused, udp+icmp denied), tcp-reset, admin-prohibited, no route, no default route
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
ip netns exec c probe tcp 10.0.2.2 80
ip netns exec c probe udp 10.0.2.2 53
ip netns exec c probe icmp 10.0.2.2
sysctl -w net.ipv4.ip_forward=1
ip netns exec c iptables -A OUTPUT -d 10.0.2.2 -j DROP
ip netns exec c probe tcp 10.0.2.2 80
ip netns exec c probe udp 10.0.2.2 53
ip netns exec c probe icmp 10.0.2.2
ip netns exec c iptables -R OUTPUT 1 -d 10.0.2.2 -j REJECT
ip netns exec c probe tcp 10.0.2.2 80
ip netns exec c probe udp 10.0.2.2 53
ip netns exec c probe icmp 10.0.2.2
ip netns exec c iptables -R OUTPUT 1 -d 10.0.2.2 -p tcp -j REJECT --reject-with tcp-reset
ip netns exec c probe tcp 10.0.2.2 80
ip netns exec c iptables -R OUTPUT 1 -d 10.0.2.2 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec c probe tcp 10.0.2.2 80
ip netns exec c probe udp 10.0.2.2 53
ip netns exec c iptables-save -c
ip netns exec c iptables -F
ip netns exec s probe tcp 10.9.0.1 80
ip netns exec s ip route del default
ip netns exec s probe tcp 10.0.1.2 80
ip netns exec s probe udp 10.0.1.2 80
ip netns exec s probe icmp 10.0.1.2
