ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip route add default via 10.0.0.1
ip netns add server
ip link add veth1 type veth peer name eth0 netns server
ip addr add 10.1.0.1/24 dev veth1
ip link set veth1 up
ip netns exec server ip addr add 10.1.0.2/24 dev eth0
ip netns exec server ip link set eth0 up
ip netns exec server ip link set lo up
ip netns exec server ip route add default via 10.1.0.1
ip netns exec server serve udp 1001 --name b1
ip netns exec server serve udp 1002 --name b2
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -p udp --dport 53 -m statistic --mode nth --every 2 --packet 0 -j DNAT --to-destination 10.1.0.2:1001
iptables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.1.0.2:1002
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
iptables -t nat -L PREROUTING -v -n
