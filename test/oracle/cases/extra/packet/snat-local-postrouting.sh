ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client serve tcp 80
iptables -t nat -A POSTROUTING -o veth0 -p tcp -j SNAT --to-source 10.0.0.50
probe tcp 10.0.0.2 80
ip addr add 10.0.0.50/24 dev veth0
probe tcp 10.0.0.2 80
iptables -t nat -L POSTROUTING -v -n
