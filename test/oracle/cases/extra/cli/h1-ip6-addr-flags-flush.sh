ip link add va type veth peer name vb
ip link set va up
ip addr add 10.0.0.1/24 dev va
ip -6 addr add fd00:3::1/64 dev va metric 50
ip -6 addr add fd00:2::2/64 dev va noprefixroute
ip -6 addr add fd00:4::1/64 dev va nodad noprefixroute
ip addr add fe80::1/64 dev va
ip addr show dev va | sed "s/ether [0-9a-f:]*/ether MAC/"
ip -o addr show dev va
ip -br addr show dev va
ip -6 route
ip -6 route show table local
ip -6 addr del fd00:3::1 dev va
ip -6 addr del fd00:3::1/64 dev va
ip -6 addr show dev va scope link
ip -6 addr show dev va scope global
ip -6 addr show scope host
ip addr flush dev va
ip addr show dev va | sed "s/ether [0-9a-f:]*/ether MAC/"
ip -6 route
ip -6 addr add ::1/128 dev lo
ip -6 addr add fd00::1/64 dev lo
ip -6 addr add fd00::1/64 dev lo
ip -6 addr add fd00::1/80 dev lo
ip -6 addr show dev lo
ip -6 addr flush dev lo
ip -6 addr show dev lo
ip -6 route show table local
ip addr show dev lo
