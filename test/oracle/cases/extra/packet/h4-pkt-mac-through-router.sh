# -m mac through a router: FORWARD sees the client's MAC, the backend sees the router's; loopback frames never match; OUTPUT refuses the match.
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
ip netns exec client ip link set eth0 address 02:00:00:00:00:02
ip link set vbe address 02:00:00:00:10:01
ip netns exec client ip route add default via 192.168.100.1
ip netns exec backend serve tcp 80
ip netns exec backend serve udp 53
serve tcp 8080 --name host
sysctl -w net.ipv4.ip_forward=1
iptables -P FORWARD DROP
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A FORWARD -m mac ! --mac-source 02:00:00:00:00:02 -j DROP
iptables -A FORWARD -m mac --mac-source 02:00:00:00:00:02 -p tcp -j ACCEPT
ip netns exec client probe tcp 10.10.0.2 80
ip netns exec client probe udp 10.10.0.2 53
ip netns exec backend iptables -A INPUT -p tcp --dport 80 -m mac --mac-source 02:00:00:00:00:02 -j REJECT
ip netns exec backend iptables -A INPUT -p tcp --dport 80 -m mac --mac-source 02:00:00:00:10:01 -j ACCEPT
ip netns exec backend iptables -A INPUT -p tcp --dport 80 -j DROP
ip netns exec client probe tcp 10.10.0.2 80
iptables -A INPUT -i lo -m mac --mac-source 00:00:00:00:00:00 -j REJECT --reject-with tcp-reset
iptables -A INPUT -i lo -m mac ! --mac-source 00:00:00:00:00:00 -j REJECT --reject-with tcp-reset
probe tcp 127.0.0.1 8080
iptables -A OUTPUT -m mac --mac-source 02:00:00:00:00:02 -j DROP
iptables -L -v -n
ip netns exec backend iptables -L INPUT -v -n
