ip link add x0 type veth peer name x1
ip addr add 10.5.0.1/24 dev x0
ip addr add 10.5.0.9/24 dev x0
ip netns add inside
ip link add in0 type veth peer name eth0
ip link set eth0 netns inside
ip addr add 10.1.0.1/24 dev in0
ip link set in0 up
ip netns exec inside ip addr add 10.1.0.2/24 dev eth0
ip netns exec inside ip link set eth0 up
ip netns exec inside ip route add default via 10.1.0.1
ip netns add client
ip link add out0 type veth peer name eth0
ip link set eth0 netns client
ip link set out0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default dev eth0
ip route add 10.0.0.0/24 dev out0
sysctl -w net.ipv4.ip_forward=1
ip netns exec client serve tcp 80
ip netns exec client serve udp 53
iptables -t nat -A POSTROUTING -o out0 -j MASQUERADE
ip netns exec inside probe tcp 10.0.0.2 80
ip netns exec inside probe udp 10.0.0.2 53
probe tcp 10.0.0.2 80
ip addr add 10.7.0.1/24 dev out0 scope link
ip netns exec inside probe udp 10.0.0.2 53
iptables -t nat -L POSTROUTING -v -n
