ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 8080
iptables -t nat -P PREROUTING ACCEPT
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
iptables -P INPUT ACCEPT
iptables -A INPUT -p tcp --dport 8080 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe icmp 10.0.0.1
iptables -S -v
iptables -t nat -S -v
iptables-save -c
iptables -t nat -L -v -x -n
