ip link add v0 type veth peer name v0p
ip addr add 10.3.0.1/24 dev v0
ip link set v0 up
ip link set v0p up
ip route add 10.6.0.0/16 via 10.3.0.254
ip route add 10.6.1.0/24 via 10.3.0.253 metric 7
ip route add blackhole 10.7.0.0/16
ip route add 10.8.0.0/16 dev v0 proto static
ip route show type blackhole
ip route show via 10.3.0.254
ip route show src 10.3.0.1
ip route show root 10.6.0.0/16
ip route show match 10.6.1.1
ip route show exact 10.6.0.0/16
ip route show proto static
ip route show metric 7
ip route show dev v0 table main
ip route show 10.6.0.0/16
ip route show table main scope host
ip route show table local type local
