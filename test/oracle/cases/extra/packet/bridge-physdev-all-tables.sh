
ip netns add a
ip netns add b
ip link add br0 type bridge
ip link set br0 up
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link set va master br0
ip link set vb master br0
ip link set va up
ip link set vb up
ip netns exec a ip addr add 10.2.0.1/24 dev eth0
ip netns exec b ip addr add 10.2.0.2/24 dev eth0
ip netns exec a ip link set eth0 up
ip netns exec b ip link set eth0 up
ip netns exec a ip link set lo up
ip netns exec b serve tcp 80
iptables -t raw -A PREROUTING -m physdev --physdev-in va -p tcp
iptables -t mangle -A PREROUTING -m physdev --physdev-in va -p tcp
iptables -t nat -A PREROUTING -m physdev --physdev-in va -p tcp
iptables -t mangle -A POSTROUTING -m physdev --physdev-out vb -p tcp
iptables -t nat -A POSTROUTING -m physdev --physdev-out vb -p tcp
iptables -A FORWARD -m conntrack --ctstate NEW -m physdev --physdev-is-bridged -p tcp
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED -p tcp
ip netns exec a probe tcp 10.2.0.2 80
iptables -t raw -L PREROUTING -v -n
iptables -t mangle -L -v -n
iptables -t nat -L -v -n
iptables -L FORWARD -v -n
