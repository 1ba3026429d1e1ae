ip link add va type veth peer name vb
ip link set va up
ip -6 addr add fd00::1/64 dev va nodad
ip -6 route add 2001:db8:1::/64 via fd00::2 pref high
ip -6 route add 2001:db8:2::/64 via fd00::2 mtu 1400
ip -6 route add 2001:db8:3::/64 dev va src fd00::1
ip -6 route add 2001:db8:4::/64 via fd00::2 onlink
ip -6 route add 2001:db8:4::/64 via fd00::2 dev va onlink
ip -6 route get 2001:db8:1::1
ip -6 route get 2001:db8:3::1
ip -6 route add 2001:db8:5::/64 dev va proto 99
ip -6 route add 2001:db8:6::/64 dev va table 10
ip -6 route add 2001:db8:6::/64 dev va table 10 metric 5
ip -6 route
ip -j -6 route
ip -6 route show table 10
ip -6 route show table all type local
ip -6 route show proto kernel
ip -6 route show table local type local
ip -6 route del fd00::/64 dev va
ip -6 route
ip -6 route get fd00::9
ip -6 route flush table 10
ip -6 route show table 10
ip -6 route flush table main
ip -6 route
ip -6 route show table local
ip route show table all
ip -4 route show table all
ip -6 route add fd00::/64 dev va
ip -6 route
ip -6 addr del fd00::1/64 dev va
ip -6 route
ip -6 route show table local
