# ICMP through NAT on a router: REDIRECT answers pings itself, DNAT without a port, SNAT with a port range (the echo id is remapped and mapped back), NETMAP of the client subnet; counters show first packets only.
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
ip netns exec client ip route add default via 192.168.100.1
ip netns exec backend serve udp 53
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -p icmp -d 10.10.0.9 -j REDIRECT
ip netns exec client probe icmp 10.10.0.9
iptables -t nat -A PREROUTING -p icmp -d 10.10.0.8 -j DNAT --to-destination 10.10.0.2
ip netns exec client probe icmp 10.10.0.8
iptables -t nat -A POSTROUTING -o vbe -p icmp -j SNAT --to-source 10.10.0.1:5000-5000
ip netns exec client probe icmp 10.10.0.2
ip netns exec client probe icmp 10.10.0.2
ip netns exec backend iptables -A INPUT -p icmp -s 10.10.0.1
ip netns exec backend iptables -A INPUT -p icmp -s 172.16.0.0/24
iptables -t nat -I POSTROUTING -o vbe -j NETMAP --to 172.16.0.0/24
ip netns exec backend ip route add 172.16.0.0/24 via 10.10.0.1
ip netns exec client probe icmp 10.10.0.2
ip netns exec client probe udp 10.10.0.2 53
ip netns exec backend iptables -L INPUT -v -n
iptables -t nat -L -v -n
