ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
ip netns exec client iptables -A INPUT -p tcp --sport 80 --tcp-flags PSH PSH -j DROP
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client iptables -L INPUT -v -n
ip netns exec client probe tcp 10.0.0.1 80 --timeout 1
ip netns exec client iptables -L INPUT -v -n
ip netns exec client probe tcp 10.0.0.1 80 --timeout 2
ip netns exec client iptables -L INPUT -v -n
ip netns exec client probe tcp 10.0.0.1 80 --timeout 3
ip netns exec client iptables -L INPUT -v -n
