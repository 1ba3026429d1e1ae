ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 9000
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -p tcp --dport 30080 -j DNAT --to-destination 10.0.0.1:9000
iptables -t nat -A OUTPUT -m addrtype --dst-type LOCAL -p tcp --dport 30080 -j DNAT --to-destination 10.0.0.1:9000
ip netns exec client probe tcp 10.0.0.1 30080
probe tcp 10.0.0.1 30080
probe tcp 127.0.0.1 30080
iptables -t nat -L -v -n
