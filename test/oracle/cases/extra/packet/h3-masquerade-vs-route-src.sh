# MASQUERADE takes the out device's primary address, not the route's src; local traffic uses src.
ip netns add lan
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip addr add 203.0.113.3/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip addr add 1.1.1.1/32 dev lo
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add default via 203.0.113.2
ip netns exec wan serve tcp 80 --name web
ip netns exec wan serve udp 53 --name dns
sysctl -w net.ipv4.ip_forward=1
ip route add default via 203.0.113.1 src 203.0.113.3
iptables -t nat -A POSTROUTING -o wan0 -j MASQUERADE
ip netns exec lan probe tcp 1.1.1.1 80
probe tcp 1.1.1.1 80
probe udp 203.0.113.1 53
ip route get 1.1.1.1
ip addr del 203.0.113.2/24 dev wan0
ip route show
ip route add default via 203.0.113.1 src 203.0.113.3
ip netns exec lan probe tcp 1.1.1.1 80
ip netns exec lan probe udp 1.1.1.1 53
iptables -t nat -L POSTROUTING -v -x -n
