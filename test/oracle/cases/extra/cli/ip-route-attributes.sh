ip link add d0 type veth peer name d0p
ip link add d1 type veth peer name d1p
ip addr add 10.3.0.1/24 dev d0
ip addr add 10.4.0.1/24 dev d1
ip link set d0 up
ip link set d0p up
ip link set d1 up
ip link set d1p up
ip route add default via 10.3.0.254
ip route add default via 10.4.0.254 metric 100
ip route add 10.20.0.0/16 via 10.3.0.254 src 10.3.0.1
ip route add 10.21.0.0/16 dev d0 scope link proto static
ip route add 10.22.0.0/16 via 10.9.9.9 dev d0 onlink
ip route add 10.23.0.0/16 nexthop via 10.3.0.254 nexthop via 10.4.0.254 weight 2
ip route add 10.24.0.0/16 via 10.3.0.254 table 50
ip route add throw 10.25.0.0/16
ip route add local 10.26.0.1 dev d0
ip route
ip route show default
ip route show proto static
ip route show table 50
ip route get 10.20.1.1
ip route get 10.22.1.1
ip route get 8.8.8.8
ip route get 8.8.8.8 oif d1
ip route get 10.26.0.1
ip -j route show 10.20.0.0/16
ip route del default
ip route show default
