ip link add d0 type veth peer name d0p
ip addr add 10.3.0.1/24 dev d0
ip addr add 10.3.0.2/32 dev d0
ip link set d0 up
ip link set d0p up
ip route show table local
ip route show table main
ip route show table all type unicast
ip route get 10.3.0.2
ip route get 10.3.0.200
ip -o route
ip route list match 10.3.0.5
