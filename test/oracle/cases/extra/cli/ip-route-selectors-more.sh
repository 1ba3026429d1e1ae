ip link add v0 type veth peer name v0p
ip addr add 10.3.0.1/24 dev v0
ip link set v0 up
ip link set v0p up
ip route add 10.6.0.0/16 via 10.3.0.254 metric 9
ip route add unreachable 10.7.0.0/16
ip route add 10.8.0.0/16 dev v0 scope link
ip route show type unicast
ip route show scope global
ip route show scope link
ip route show type unreachable
ip route show dev v0
ip route show table main dev v0 proto kernel
ip route show proto boot
ip -4 route show table local dev v0
