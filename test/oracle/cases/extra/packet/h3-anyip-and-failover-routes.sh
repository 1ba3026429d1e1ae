# AnyIP (a local route for a whole subnet), route failover by metric, and what link changes do to routes.
ip netns add client
ip netns add gw1
ip netns add gw2
ip link add c0 type veth peer name eth0 netns client
ip link add g1 type veth peer name eth0 netns gw1
ip link add g2 type veth peer name eth0 netns gw2
ip addr add 10.0.0.1/24 dev c0
ip addr add 10.0.1.1/24 dev g1
ip addr add 10.0.2.1/24 dev g2
ip link set c0 up
ip link set g1 up
ip link set g2 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 10.0.0.1
ip netns exec gw1 ip link set lo up
ip netns exec gw1 ip addr add 10.0.1.2/24 dev eth0
ip netns exec gw1 ip addr add 8.8.8.8/32 dev lo
ip netns exec gw1 ip link set eth0 up
ip netns exec gw1 ip route add default via 10.0.1.1
ip netns exec gw2 ip link set lo up
ip netns exec gw2 ip addr add 10.0.2.2/24 dev eth0
ip netns exec gw2 ip addr add 8.8.8.8/32 dev lo
ip netns exec gw2 ip link set eth0 up
ip netns exec gw2 ip route add default via 10.0.2.1
ip netns exec gw1 serve tcp 53 --name gw1
ip netns exec gw2 serve tcp 53 --name gw2
serve tcp 80 --name anyip
sysctl -w net.ipv4.ip_forward=1
ip route add local 198.51.100.0/24 dev lo
ip netns exec client probe tcp 198.51.100.77 80
probe tcp 198.51.100.1 80
ip route show table local type local
ip route get 198.51.100.77
ip route add default via 10.0.1.2 metric 100
ip route add default via 10.0.2.2 metric 200
ip netns exec client probe tcp 8.8.8.8 53
ip link set g1 down
ip route show
ip netns exec client probe tcp 8.8.8.8 53
ip link set g1 up
ip route show
ip netns exec client probe tcp 8.8.8.8 53
ip netns exec gw2 ip link set eth0 down
ip route show
ip netns exec client probe tcp 8.8.8.8 53
ip route add default via 10.0.1.2 metric 100
ip netns exec client probe tcp 8.8.8.8 53
ip route del default via 10.0.1.2
ip route show
ip netns exec client probe tcp 8.8.8.8 53
iptables -t nat -A POSTROUTING -o g2 -j MASQUERADE
ip route replace default via 10.0.2.2 dev g2 metric 200
ip netns exec client probe tcp 8.8.8.8 53
ip netns exec gw2 ip link set eth0 up
ip netns exec client probe tcp 8.8.8.8 53
ip route show
iptables -t nat -L POSTROUTING -v -x -n
