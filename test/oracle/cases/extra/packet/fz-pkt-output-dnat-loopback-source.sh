# nat OUTPUT DNAT of 127.0.0.1 to a remote host: the reroute keeps source 127.0.0.1, which may not leave by vs without route_localnet, so the packet dies in nat OUTPUT (filter OUTPUT never sees it)
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
iptables -t nat -A OUTPUT -d 127.0.0.1 -p tcp --dport 8080 -j DNAT --to-destination 10.0.2.2:80
iptables -t nat -A OUTPUT -d 127.0.0.1 -p udp --dport 5353 -j DNAT --to-destination 10.0.2.2:53
iptables -A OUTPUT -o vs
iptables -t mangle -A POSTROUTING -o vs
probe tcp 127.0.0.1 8080
probe udp 127.0.0.1 5353
iptables-save -c
sysctl -w net.ipv4.conf.vs.route_localnet=1
probe tcp 127.0.0.1 8080
probe udp 127.0.0.1 5353
iptables-save -c
