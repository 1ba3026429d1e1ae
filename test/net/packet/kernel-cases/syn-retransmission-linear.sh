ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
iptables -A INPUT -p tcp --dport 81 -j DROP
iptables -A INPUT -p tcp --syn --dport 80 -m statistic --mode nth --every 2 --packet 0 -j DROP
ip netns exec client probe tcp 10.0.0.1 81 --timeout 2.5
ip netns exec client probe tcp 10.0.0.1 80 --timeout 1.5
ip netns exec client probe tcp 10.0.0.1 80 --timeout 1.5
iptables -L INPUT -v -n
