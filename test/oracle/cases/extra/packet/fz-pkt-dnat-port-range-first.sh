# A DNAT port range is searched from its first port: --dport 8443 to 10.0.2.2:80-81 lands on 80 (nothing listens on 81)
ip netns add c
ip link add vc type veth peer name eth0 netns c
ip addr add 10.0.1.1/24 dev vc
ip link set vc up
ip netns exec c ip link set lo up
ip netns exec c ip addr add 10.0.1.2/24 dev eth0
ip netns exec c ip link set eth0 up
ip netns exec c ip route add default via 10.0.1.1
ip netns add s
ip link add vs type veth peer name eth0 netns s
ip addr add 10.0.2.1/24 dev vs
ip link set vs up
ip netns exec s ip link set lo up
ip netns exec s ip addr add 10.0.2.2/24 dev eth0
ip netns exec s ip link set eth0 up
ip netns exec s ip route add default via 10.0.2.1
sysctl -w net.ipv4.ip_forward=1
ip netns exec s serve tcp 80
ip netns exec s serve udp 53
iptables -t nat -A PREROUTING -d 10.0.1.1 -p tcp --dport 8443 -j DNAT --to-destination 10.0.2.2:80-81
iptables -t nat -A OUTPUT -d 10.9.9.9 -p tcp --dport 8443 -j DNAT --to-destination 10.0.2.2:79-81
iptables -t nat -A PREROUTING -d 10.0.1.1 -p tcp --dport 81 -j DNAT --to-destination 10.0.2.2:80-81
ip netns exec c probe tcp 10.0.1.1 8443
ip netns exec c probe tcp 10.0.1.1 8443
probe tcp 10.9.9.9 8443
ip netns exec c probe tcp 10.0.1.1 81
iptables-save -c -t nat
