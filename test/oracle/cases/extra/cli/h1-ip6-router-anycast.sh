ip netns add n1
ip link add va type veth peer name vb netns n1
sysctl -qw net.ipv6.conf.all.forwarding=1
ip link set va up
ip -n n1 link set vb up
ip -6 addr add fd00::1/64 dev va nodad
ip -6 addr add fd00:1::1/48 dev lo
ip -6 route show table local | grep -v fe80
ip -6 addr add fd00::5/64 dev lo
ip -6 addr add fd00::5/64 dev va
ip -6 route show table local | grep -v fe80
ip -6 addr del fd00::1/64 dev va
ip -6 route show table local | grep -v fe80
sysctl -qw net.ipv6.conf.all.forwarding=0
ip -6 route show table local | grep -v fe80
ip -n n1 -6 addr add fd00::8/64 dev vb
ip -6 addr add fd00::7/64 dev va
sleep 3
ip -6 addr show dev va scope global
ip -n n1 -6 addr show dev vb scope global
ip -6 route show table local | grep -v fe80
ip -6 route get fd00::8
ip -n n1 -6 route get fd00::7
sysctl -qw net.ipv6.conf.va.forwarding=1
ip -6 route show table local | grep -v fe80
