ip netns add client
ip netns add pod
ip link add vcli type veth peer name eth0
ip link set eth0 netns client
ip link add vpod type veth peer name eth0
ip link set eth0 netns pod
ip addr add 192.168.100.1/24 dev vcli
ip addr add 10.244.1.1/24 dev vpod
ip link set vcli up
ip link set vpod up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 192.168.100.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 192.168.100.1
ip netns exec pod ip link set lo up
ip netns exec pod ip addr add 10.244.1.2/24 dev eth0
ip netns exec pod ip link set eth0 up
ip netns exec pod ip route add default via 10.244.1.1
ip netns exec pod serve tcp 8080
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -d 10.96.0.10 -p tcp --dport 80 -j DNAT --to-destination 10.244.1.9:8080
iptables -A OUTPUT -p icmp
ip netns exec client iptables -A INPUT -p icmp
ip netns exec client probe tcp 10.96.0.10 80
ip netns exec client probe tcp 192.168.100.1 81
ip netns exec client probe tcp 192.168.100.1 82
iptables -L OUTPUT -v -n
ip netns exec client probe tcp 10.244.1.2 8080 --timeout 2
ip netns exec client probe tcp 10.244.1.2 8080
iptables -L OUTPUT -v -n
ip netns exec client iptables -L INPUT -v -n
probe tcp 10.244.1.7 80 --timeout 1
probe udp 10.244.1.7 80 --timeout 3
iptables -L OUTPUT -v -n
