# DNAT to an address range of two backends: which backend each client source gets, --persistent, and a port range.
ip netns add lan
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
ip netns add b1
ip netns add b2
ip link add be1 type veth peer name eth0 netns b1
ip link add be2 type veth peer name eth0 netns b2
ip addr add 10.9.0.1/24 dev be1
ip addr add 10.9.1.1/24 dev be2
ip link set be1 up
ip link set be2 up
ip route add 10.9.0.11/32 dev be2
ip netns exec b1 ip link set lo up
ip netns exec b1 ip addr add 10.9.0.10/24 dev eth0
ip netns exec b1 ip link set eth0 up
ip netns exec b1 ip route add default via 10.9.0.1
ip netns exec b2 ip link set lo up
ip netns exec b2 ip addr add 10.9.0.11/32 dev eth0
ip netns exec b2 ip link set eth0 up
ip netns exec b2 ip route add 10.9.1.1 dev eth0
ip netns exec b2 ip route add default via 10.9.1.1
ip netns exec b1 serve tcp 80 --name b1
ip netns exec b2 serve tcp 80 --name b2
ip netns exec b1 serve tcp 8001 --name b1
ip netns exec b2 serve tcp 8002 --name b2
ip netns exec lan ip addr add 192.168.1.11/24 dev eth0
ip netns exec lan ip addr add 192.168.1.12/24 dev eth0
ip netns exec lan ip addr add 192.168.1.13/24 dev eth0
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -d 203.0.113.2 -p tcp --dport 80 -j DNAT --to-destination 10.9.0.10-10.9.0.11
iptables -t nat -A PREROUTING -d 203.0.113.2 -p tcp --dport 81 -j DNAT --to-destination 10.9.0.10-10.9.0.11:80 --persistent
ip netns exec lan probe tcp 203.0.113.2 80
ip netns exec lan ip route replace default via 192.168.1.1 src 192.168.1.11
ip netns exec lan probe tcp 203.0.113.2 80
ip netns exec lan probe tcp 203.0.113.2 81
ip netns exec lan ip route replace default via 192.168.1.1 src 192.168.1.12
ip netns exec lan probe tcp 203.0.113.2 80
ip netns exec lan probe tcp 203.0.113.2 81
ip netns exec lan ip route replace default via 192.168.1.1 src 192.168.1.13
ip netns exec lan probe tcp 203.0.113.2 80
ip netns exec lan probe tcp 203.0.113.2 81
ip netns exec wan probe tcp 203.0.113.2 80
ip netns exec wan probe tcp 203.0.113.2 81
iptables -t nat -A PREROUTING -d 203.0.113.2 -p tcp --dport 8000 -j DNAT --to-destination 10.9.0.10-10.9.0.11:8001-8002
ip netns exec wan probe tcp 203.0.113.2 8000
ip netns exec lan probe tcp 203.0.113.2 8000
iptables -t nat -L PREROUTING -v -x -n
iptables-save -c -t nat
