# MASQUERADE on the wrong -o interface: the server sees the client's own address, and has no route back
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip route add default via 10.0.0.1
ip netns add srv
ip link add veth1 type veth peer name eth0 netns srv
ip addr add 10.1.0.1/24 dev veth1
ip link set veth1 up
ip netns exec srv ip addr add 10.1.0.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip link set lo up
ip netns exec srv ip route add default via 10.1.0.1
ip netns exec srv ip route del default
ip netns exec srv serve tcp 80
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip netns exec client probe tcp 10.1.0.2 80
iptables -t nat -A POSTROUTING -o veth0 -j MASQUERADE
ip netns exec client probe tcp 10.1.0.2 80
iptables -t nat -A POSTROUTING -o veth1 -j MASQUERADE
ip netns exec client probe tcp 10.1.0.2 80
iptables -t nat -L POSTROUTING -n -v
