ip netns add client
ip netns add backend
ip link add vcli type veth peer name eth0
ip link set eth0 netns client
ip link add vbe type veth peer name eth0
ip link set eth0 netns backend
ip addr add 192.168.100.1/24 dev vcli
ip addr add 10.10.0.1/24 dev vbe
ip link set vcli up
ip link set vbe up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 192.168.100.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec backend ip link set lo up
ip netns exec backend ip addr add 10.10.0.2/24 dev eth0
ip netns exec backend ip link set eth0 up
ip netns exec backend ip route add default via 10.10.0.1
sysctl -w net.ipv4.ip_forward=1
ip netns exec client iptables -A INPUT -m conntrack --ctstate RELATED
ip netns exec client iptables -A INPUT -m conntrack --ctstate INVALID
iptables -t nat -A PREROUTING -d 192.168.100.1 -p udp --dport 53 -j DNAT --to-destination 10.10.0.2
iptables -t nat -A PREROUTING -d 192.168.100.1 -p tcp --dport 80 -j DNAT --to-destination 10.10.0.2
iptables -t nat -A PREROUTING -d 192.168.100.1 -p tcp --dport 81 -j DNAT --to-destination 10.10.0.2
iptables -t nat -A PREROUTING -d 192.168.100.1 -p tcp --dport 82 -j DNAT --to-destination 10.10.0.2
iptables -A FORWARD -p tcp --dport 81 -j REJECT
ip netns exec backend iptables -A INPUT -p tcp --dport 82 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec client probe udp 192.168.100.1 53
ip netns exec client probe tcp 192.168.100.1 80
ip netns exec client probe tcp 192.168.100.1 81
ip netns exec client probe tcp 192.168.100.1 82
ip netns exec client iptables-save -c
iptables-save -c
