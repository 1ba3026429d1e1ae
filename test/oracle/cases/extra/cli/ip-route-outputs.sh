ip link add dummy0 type veth peer name dummy0p
ip addr add 10.5.0.1/24 dev dummy0
ip link set dummy0 up
ip link set dummy0p up
ip route add 10.6.0.0/16 via 10.5.0.254
ip route add blackhole 10.7.0.0/16
ip route add unreachable 10.8.0.0/16
ip route add prohibit 10.9.0.0/16
ip route add 10.10.0.0/16 dev dummy0 metric 50
ip route
ip route show table local
ip route get 10.6.1.1
ip route get 10.7.1.1
ip route get 10.8.1.1
ip route get 127.0.0.1
ip route del 10.6.0.0/16
ip route del 10.6.0.0/16
ip route add 10.6.0.0/16 via 10.99.0.1
ip route show 10.10.0.0/16
