# ip_forward decrements the TTL before the FORWARD hook: mangle/filter FORWARD and POSTROUTING see 63, PREROUTING 64
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
iptables -A FORWARD -m ttl --ttl-eq 64
iptables -A FORWARD -m ttl --ttl-eq 63
iptables -t mangle -A FORWARD -m ttl --ttl-eq 64
iptables -t mangle -A FORWARD -m ttl --ttl-eq 63
iptables -t mangle -A PREROUTING -m ttl --ttl-eq 64
iptables -t mangle -A POSTROUTING -m ttl --ttl-eq 63
iptables -t mangle -A POSTROUTING -m ttl --ttl-eq 64
ip netns exec c probe udp 10.0.2.2 53
ip netns exec c probe tcp 10.0.2.2 80
iptables-save -c
