ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip route add 10.1.0.0/24 via 10.0.0.2 realm 5
ip route add 10.2.0.0/24 via 10.0.0.2 realms 3/7
ip route add 10.3.0.0/24 via 10.0.0.2 realms 5/0
ip route add 10.4.0.0/24 dev veth0 realms 0x10
ip route get 10.1.0.5
ip route get 10.2.0.5
ip route get 10.3.0.5
ip route get 10.4.0.5
ip route get 10.2.0.5 mark 7
ip -j route get 10.2.0.5
ip -j route get 10.2.0.5 mark 7
ip -j route get 10.1.0.5
ip route get 10.0.0.2
ip -j route show
ip route show
ip -4 route show table all type unicast
