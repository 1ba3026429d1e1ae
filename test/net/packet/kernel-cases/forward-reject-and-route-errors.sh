ip netns add client
ip netns add srv
ip link add vcli type veth peer name eth0
ip link set eth0 netns client
ip link add vsrv type veth peer name eth0
ip link set eth0 netns srv
ip addr add 10.1.0.1/24 dev vcli
ip addr add 10.2.0.1/24 dev vsrv
ip link set vcli up
ip link set vsrv up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.1.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 10.1.0.1
ip netns exec srv ip link set lo up
ip netns exec srv ip addr add 10.2.0.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip route add default via 10.2.0.1
ip netns exec srv serve tcp 80
ip netns exec srv serve udp 53
sysctl -w net.ipv4.ip_forward=1
ip netns exec client iptables -A INPUT -m conntrack --ctstate RELATED
ip netns exec client iptables -A INPUT -m conntrack --ctstate INVALID
ip netns exec client iptables -A INPUT -m conntrack --ctstate ESTABLISHED
iptables -A FORWARD -p tcp --dport 81 -j REJECT --reject-with tcp-reset
iptables -A FORWARD -p tcp --dport 82 -j REJECT
iptables -A FORWARD -p udp --dport 54 -j REJECT --reject-with icmp-host-prohibited
iptables -A OUTPUT -p icmp
iptables -A OUTPUT -p tcp
ip netns exec client probe tcp 10.2.0.2 80
ip netns exec client probe tcp 10.2.0.2 81
ip netns exec client probe tcp 10.2.0.2 82
ip netns exec client probe udp 10.2.0.2 54
ip netns exec client probe udp 10.2.0.2 55
ip netns exec client probe icmp 10.3.0.1
ip netns exec client probe udp 10.3.0.1 53
ip netns exec client probe tcp 10.3.0.1 53
sysctl -w net.ipv4.ip_forward=0
ip netns exec client probe tcp 10.2.0.2 80
ip netns exec client probe icmp 10.1.0.1
iptables-save -c
ip netns exec client iptables-save -c
