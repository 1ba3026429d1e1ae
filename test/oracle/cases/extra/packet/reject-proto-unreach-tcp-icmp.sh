ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
iptables -A INPUT -p tcp --dport 80 -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -p tcp --dport 81 -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -p icmp -j REJECT --reject-with icmp-admin-prohibited
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 81
ip netns exec client probe icmp 10.0.0.1
iptables -L INPUT -v -n
