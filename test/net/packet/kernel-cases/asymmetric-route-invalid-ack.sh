ip netns add client
ip netns add backend
ip link add vcli type veth peer name eth0
ip link set eth0 netns client
ip link add vbe type veth peer name eth0
ip link set eth0 netns backend
ip link add dcli type veth peer name dbe
ip link set dcli netns client
ip link set dbe netns backend
ip addr add 192.168.100.1/24 dev vcli
ip addr add 10.10.0.1/24 dev vbe
ip link set vcli up
ip link set vbe up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 192.168.100.2/24 dev eth0
ip netns exec client ip addr add 172.16.0.1/24 dev dcli
ip netns exec client ip link set eth0 up
ip netns exec client ip link set dcli up
ip netns exec client ip route add 10.10.0.0/24 via 192.168.100.1
ip netns exec backend ip link set lo up
ip netns exec backend ip addr add 10.10.0.2/24 dev eth0
ip netns exec backend ip addr add 172.16.0.2/24 dev dbe
ip netns exec backend ip link set eth0 up
ip netns exec backend ip link set dbe up
ip netns exec backend ip route add 192.168.100.0/24 via 172.16.0.1
ip netns exec backend serve tcp 80
ip netns exec backend serve udp 53
sysctl -w net.ipv4.ip_forward=1
ip netns exec client sysctl -w net.ipv4.ip_forward=1
ip netns exec client iptables -A FORWARD -m conntrack --ctstate INVALID
ip netns exec client iptables -A FORWARD -m conntrack --ctstate NEW
ip netns exec client iptables -A FORWARD -m conntrack --ctstate ESTABLISHED
iptables -A FORWARD -m conntrack --ctstate INVALID
iptables -A FORWARD -m conntrack --ctstate NEW
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED
ip netns exec client probe tcp 10.10.0.2 80
ip netns exec client probe udp 10.10.0.2 53
ip netns exec client probe icmp 10.10.0.2
iptables-save -c
ip netns exec client iptables-save -c
