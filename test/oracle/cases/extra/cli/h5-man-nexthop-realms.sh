ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip route add 10.2.0.0/24 nexthop via 10.0.0.2 realms 3 nexthop via 10.0.1.2 realm 4
ip route add 10.3.0.0/24 realm 9 nexthop via 10.0.0.2 nexthop via 10.0.1.2
ip route add 10.4.0.0/24 realm 9 nexthop via 10.0.0.2 realm 9 nexthop via 10.0.1.2
ip route add 10.5.0.0/24 nexthop via 10.0.0.2 realms 2/6 weight 3 nexthop via 10.0.1.2 realm 0
ip route add 10.6.0.0/24 nexthop via 10.0.0.2 realm bogus
ip route add 10.7.0.0/24 realm 1 nexthop via 10.0.0.2 realm 2
ip route show
