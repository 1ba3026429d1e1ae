ip link add va type veth peer name vb
ip -6 addr add fd00::1/64 dev va nodad
ip -6 addr add fd00::2/64 dev va nodad
ip -6 addr add fd01::1/64 dev vb nodad
ip -6 addr add fe80::9/64 dev vb nodad
ip addr add 10.0.0.1/24 dev va
ip -br -j -6 addr
ip -br -j addr show dev va
ip -6 addr replace fd00::1/64 dev va
ip -6 addr replace fd00::3/64 dev va
ip -6 addr change fd00::4/64 dev va
ip -6 addr change fd00::1/64 dev va noprefixroute
ip -6 addr show dev va
ip -6 addr flush scope global
ip addr show dev va | grep inet
ip -6 addr show dev vb
ip -6 addr flush to fe80::/10
ip -6 addr show dev vb
ip -6 neigh add fd00::9 lladdr 02:00:00:00:00:09 dev va
ip -6 neigh show
ip neigh show dev va
ip -6 neigh del fd00::9 dev va
ip -6 neigh show
ip -6 addr flush
ip -6 addr flush dev nosuch
