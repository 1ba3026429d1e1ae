ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip route add 10.1.0.0/24 via 10.0.0.2 realm 5
ip route replace 10.1.0.0/24 via 10.0.0.2 realms 6/7
ip route show 10.1.0.0/24
ip route change 10.1.0.0/24 via 10.0.0.2
ip route show 10.1.0.0/24
ip route add 10.4.0.0/24 via 10.0.0.2 realm 2 metric 50 mtu 1400
ip route show 10.4.0.0/24
ip route del 10.4.0.0/24 realm 3
ip route del 10.4.0.0/24 realm 2
ip route show 10.4.0.0/24
ip route add 10.6.0.0/24 via 10.0.0.2 realm 5
ip route add 10.7.0.0/24 via 10.0.0.2 realms 3/5
ip route add 10.8.0.0/24 via 10.0.0.2 realms 3/7
ip route show realm 5
ip route show realms 3/5
ip route show realms 3/
ip route show realms /5
ip route show realm cosmos
ip route show realms 0/0
ip -j route show realms 3/7
ip route show realm bogus
ip route show realm
ip route flush realm 5
ip route show
ip route add 10.5.0.0/24 via 10.0.0.2 realm
