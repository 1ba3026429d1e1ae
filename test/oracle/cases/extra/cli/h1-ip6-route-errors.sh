ip link add va type veth peer name vb
ip -6 route add 2001:db8:1::/64 dev va
ip link set va up
ip -6 addr add fd00::1/64 dev va nodad
ip -6 route add 2001:db8:1::/64
ip -6 route add 2001:db8:2::/64 via fd00::1
ip -6 route add 2001:db8:3::/64 via fe80::1
ip -6 route add 2001:db8:3::/64 via fe80::1 dev va
ip -6 route add 2001:db8:4::/64 via fd00::9 dev lo
ip -6 route add 2001:db8:5::/64 dev nosuch
ip -6 route show table 100
ip -6 route show table 300
ip -6 route add 2001:db8:6::/64 dev va proto static metric 5
ip -6 route add 2001:db8:7::/64 dev va table main
ip -6 route show dev va
ip -6 route show proto static
ip -6 route show 2001:db8:6::/64
ip -6 route show root 2001:db8::/32
ip -6 route show match 2001:db8:6::1
ip -6 route show via fe80::1
ip -6 route show table main type unicast
ip -6 route del 2001:db8:3::/64 via fe80::2
ip -6 route del 2001:db8:3::/64 dev lo
ip -6 route del 2001:db8:3::/64 via fe80::1
ip -6 route get 2001:db8:6::1
ip -6 route get fe80::5
ip -6 route get 2001:db8:7::1 from fd00::1
ip -4 addr add 10.0.0.300/24 dev va
ip -6 addr add fd00::7/0 dev va
ip route show
ip -6 route change 2001:db8:99::/64 dev va
ip -6 route append 2001:db8:6::/64 dev va proto static metric 5
ip -6 route prepend 2001:db8:6::/64 dev va metric 6
ip -6 route list table all type multicast
