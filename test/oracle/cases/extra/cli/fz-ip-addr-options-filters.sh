ip link add v0 type veth peer name v0p
ip link set v0 up
ip addr add 10.0.0.1/24 brd + dev v0
ip addr add 10.0.0.2/24 dev v0
ip addr add 10.0.0.3/24 dev v0 label v0:1
ip addr add 10.0.1.1 dev v0
ip addr add 10.0.2.1/24 peer 10.0.2.2 dev v0
ip addr add 10.0.3.1/24 brd 10.0.3.128 dev v0
ip addr add 10.0.4.1/24 broadcast - dev v0
ip -4 addr show dev v0
ip -4 -o addr show dev v0 | awk '{print $4, $NF}'
ip addr show label v0:1 | grep inet
ip addr show to 10.0.0.0/24 | grep -c inet
ip addr del 10.0.0.2 dev v0
ip addr del 10.0.0.2/24 dev v0
ip addr del 10.0.0.1/24 dev v0
ip -4 addr show dev v0 | grep inet
ip addr replace 10.0.0.3/24 dev v0
ip addr change 10.0.5.1/24 dev v0
ip addr add 10.0.0.9/24 dev v0 valid_lft 100 preferred_lft 50
ip addr add 10.0.0.10/24 dev v0 noprefixroute
ip route
ip -4 addr flush dev v0 scope global
ip -4 addr show dev v0
ip addr add 300.1.1.1/24 dev v0
ip addr add 10.0.0.1/24
ip addr add dev v0
ip addr add 10.0.0.1/24 dev v0 scope bogus
ip addr add 10.0.0.1/24 dev v0 scope link
ip addr add 127.0.0.2/8 dev lo
ip -4 addr show lo
ip addr flush dev lo
ip -4 addr show lo
ip addr flush
ip addr show nosuch
ip addr add 10.7.0.1/24 dev v0 metric 10
ip route show dev v0
ip addr add 10.8.0.1/24 dev v0 noprefixroute
ip route show dev v0
ip addr show to 10.8.0.0/16 | grep inet
