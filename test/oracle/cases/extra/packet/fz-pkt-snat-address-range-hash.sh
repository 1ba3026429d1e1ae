# SNAT to an address range picks the address as the kernel does (jhash2 of the source, seeded with the destination; --persistent seeds with 0)
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
iptables -t nat -A PREROUTING -i vc -p tcp --dport 8022 -j REDIRECT --to-ports 22-24
ip netns exec s ip addr add 10.0.2.3/24 dev eth0
ip netns exec s ip addr add 10.0.2.4/24 dev eth0
ip netns exec s ip addr add 10.0.2.5/24 dev eth0
iptables -t nat -A POSTROUTING -o vs -j SNAT --to-source 10.77.0.1-10.77.0.9
ip netns exec c probe udp 10.0.2.2 53
ip netns exec c probe udp 10.0.2.3 53
ip netns exec c probe udp 10.0.2.4 53
ip netns exec c probe tcp 10.0.2.5 80
probe udp 10.0.2.3 53
iptables -t nat -R POSTROUTING 1 -o vs -j SNAT --to-source 10.77.0.1-10.77.0.9 --persistent
ip netns exec c probe udp 10.0.2.3 53
ip netns exec c probe udp 10.0.2.5 53
probe udp 10.0.2.5 53
iptables-save -c -t nat
