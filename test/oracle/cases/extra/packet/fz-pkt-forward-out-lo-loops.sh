# A packet forwarded out of lo (iif rule to a table routing the client's address via lo) comes back in keeping its route and is forwarded again until its TTL runs out: FORWARD counts every pass
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
ip netns exec s serve tcp 8080
ip netns exec s serve udp 53
ip netns exec c serve tcp 7000
serve tcp 22 --name router
ip rule add iif vs table 100
ip route add 10.0.1.2 dev lo table 100
iptables -t nat -A PREROUTING -d 10.0.2.1 -p tcp --dport 7000 -j DNAT --to-destination 10.0.1.2
iptables -t nat -A OUTPUT -d 10.0.2.1 -p tcp --dport 7000 -j DNAT --to-destination 10.0.1.2
iptables -A FORWARD -m conntrack --ctstate DNAT -j DROP
iptables -A FORWARD -p tcp --dport 80 -m conntrack --ctstate NEW -j ACCEPT
iptables -A FORWARD -p icmp --icmp-type echo-request -j ACCEPT
iptables -A FORWARD -j ACCEPT
probe tcp 10.0.1.2 7000
ip netns exec c probe tcp 10.0.2.1 22
ip netns exec c probe tcp 10.0.1.1 22
ip netns exec c probe tcp 10.0.2.2 81
iptables -I FORWARD 1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec c probe tcp 10.0.1.1 22
ip netns exec c probe tcp 10.0.2.2 81
iptables-save -c
