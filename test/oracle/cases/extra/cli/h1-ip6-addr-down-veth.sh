ip link add va type veth peer name vb
ip -6 addr add fd00::1/64 dev va
ip -6 addr add fd00:1::1/64 dev va nodad
ip -6 addr show dev va
ip -6 route
ip -6 route show table local
ip link set va up
ip -6 addr show dev va
ip -6 route
ip -6 route show table local
ip link set va down
ip -6 addr show dev va
ip -6 route
ip -6 route show table local
ip -6 addr add fd00:2::1/64 dev va
ip -6 addr add fd00:2::2/64 dev va noprefixroute
ip -6 addr add fd00:3::1/64 dev va metric 50
ip -br -6 addr show dev va
ip -j -6 addr show dev va
ip -6 route
ip link del va
ip -6 route
