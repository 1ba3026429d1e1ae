ip netns add n1
ip link add va type veth peer name vb netns n1
ip link set va up
ip -n n1 link set vb up
ip -n n1 link set lo up
ip -6 addr add fd00::1/64 dev va
ip -n n1 -6 addr add fd00::2/64 dev vb
sleep 3
ip -6 addr show dev va scope global
ip -n n1 -6 addr show scope global
ip -6 route
ip -6 route show table local | grep -v fe80
ip -6 route get fd00::2
ip -6 route add default via fd00::2
ip -6 route
ip -6 route get 2001:db8::1
ip -6 -o addr show scope global
ip -br -6 addr show up | sed "s/ fe80[^ ]*//"
ip -6 addr show dev lo
ip link set lo down
ip -6 addr show dev lo
ip -6 route show table local | grep -v fe80
ip link set lo up
ip -6 addr show dev lo
ip -6 route show table local | grep -v fe80
sysctl -w net.ipv6.conf.va.disable_ipv6=1
ip -6 addr show dev va
ip -6 route
ip -6 addr add fd00::9/64 dev va
sysctl -w net.ipv6.conf.va.disable_ipv6=0
ip -6 addr show dev va scope global
ip -6 route
ip link add br0 type bridge
ip -6 addr add fd01::1/64 dev br0
ip link set br0 up
ip -6 route show dev br0
ip -6 addr add fd00::1/64 dev va nodad
ifconfig va | grep inet6 | grep -v fe80
