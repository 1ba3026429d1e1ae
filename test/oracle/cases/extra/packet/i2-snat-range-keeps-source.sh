# SNAT to an address range keeps a source already inside the range (get_unique_tuple tries the original tuple first for SRC manips); a source outside it is hashed onto the range
ip netns add cli
ip netns add srv
ip link add vc type veth peer name eth0 netns cli
ip link add vs type veth peer name eth0 netns srv
ip addr add 10.0.1.1/24 dev vc
ip addr add 10.0.2.1/24 dev vs
ip link set vc up
ip link set vs up
ip netns exec cli ip link set lo up
ip netns exec cli ip addr add 10.0.1.2/24 dev eth0
ip netns exec cli ip link set eth0 up
ip netns exec cli ip route add default via 10.0.1.1
ip netns exec srv ip link set lo up
ip netns exec srv ip addr add 10.0.2.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip route add default via 10.0.2.1
sysctl -qw net.ipv4.ip_forward=1
ip addr add 10.0.2.3/24 dev vs
ip addr add 10.0.2.4/24 dev vs
ip netns exec srv serve tcp 80
ip netns exec srv serve udp 53
iptables -t nat -A POSTROUTING -o vs -j SNAT --to-source 10.0.2.1-10.0.2.4
probe tcp 10.0.2.2 80
probe udp 10.0.2.2 53
ip route change 10.0.2.0/24 dev vs src 10.0.2.4
probe tcp 10.0.2.2 80
ip route change 10.0.2.0/24 dev vs src 10.0.2.1
ip netns exec cli probe tcp 10.0.2.2 80
ip netns exec cli probe udp 10.0.2.2 53
iptables -t nat -R POSTROUTING 1 -o vs -j SNAT --to-source 10.0.2.3-10.0.2.4
probe tcp 10.0.2.2 80
probe udp 10.0.2.2 53
ip route change 10.0.2.0/24 dev vs src 10.0.2.4
probe tcp 10.0.2.2 80
ip route change 10.0.2.0/24 dev vs src 10.0.2.1
iptables-save -c -t nat
