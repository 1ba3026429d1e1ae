ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 3128 --name proxy
iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 3128
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 3128
iptables -A INPUT -p tcp --dport 3128 -j DROP
ip netns exec client probe tcp 10.0.0.1 80
iptables -t nat -L PREROUTING -v -n
iptables -L INPUT -v -n
