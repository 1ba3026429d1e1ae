ip link add va type veth peer name vb
ip -6 addr add fd00::1/64 dev va nodad
ip -6 addr add fd00:1::1/48 dev va
ip -6 addr add fe80::5/64 dev va nodad
ip addr add 10.0.0.1/24 dev va
ifconfig va | grep inet | sort
ifconfig lo | grep inet6
ip -6 -j addr show
ip -6 -br addr
ip -6 -o addr
ip -4 -br addr
ip -6 addr show dev vb
ip -6 addr show to fd00::/16
ip -6 addr show to fd00:1::1
ip addr show to fd00::/16
ip -6 addr show primary
ip -6 addr show tentative
ip -6 addr show -tentative
ip -6 addr del fd00::1/64 dev vb
ip -6 addr del fd00::1/64
ip -6 addr flush dev va scope link
ip -6 addr show dev va
ip -6 route add ::/0 dev va
ip link set va up
ip -6 route add ::/0 dev va
ip -6 route show default
ip -6 route show ::/0
ip -6 route del default
ip -6 route show
ip -6 route show table local
