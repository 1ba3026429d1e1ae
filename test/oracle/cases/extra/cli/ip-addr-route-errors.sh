ip link add d0 type veth peer name d0p
ip addr add 10.3.0.1/24 dev d0
ip addr add 10.3.0.1/24 dev d0
ip addr del 10.3.0.9/24 dev d0
ip route add 10.4.0.0/16 via 10.3.0.254
ip route add 10.4.0.0/16 via 10.3.0.254
ip route add 10.4.0.0/16 via 10.3.0.254 dev d0
ip link set d0 up
ip link set d0p up
ip route add 10.4.0.0/16 via 10.3.0.254
ip route add 10.4.0.0/16 via 10.3.0.254
ip route del 10.5.0.0/16
ip route add 10.6.0.0/16 via 10.3.0.1
ip route add 10.7.0.0/16 dev nosuch
ip route
ip route show dev d0
ip -4 route show scope link
ip route show proto kernel
