ip link add va type veth peer name vb
ip link set va up
ip -6 addr add fd00::1/64 dev va nodad
ip -6 addr add 2001:db8::1/64 dev lo
ip -6 route add default via fd00::ff dev va
ip -6 route add default via fd00::fe dev va
ip -6 route add 2001:db8:5::/48 via fd00::fe
ip -6 route add 2001:db8:6::/48 dev va metric 10
ip -6 route add 2001:db8:6::/48 dev va metric 20
ip -6 route add 2001:db8:7::/48 via 2001:db9::1
ip -6 route add blackhole 2001:db8:8::/48
ip -6 route add unreachable 2001:db8:9::/48
ip -6 route add prohibit 2001:db8:a::/48
ip -6 route add 2001:db8:b::/64 dev va table 100
ip -6 route
ip -6 route show table 100
ip -6 route show table all
ip -j -6 route
ip -6 route get 2001:db8:5::1
ip -6 route get fd00::5
ip -6 route get 2001:db8::1
ip -6 route get 2001:db8:8::1
ip -6 route get 2001:db8:9::1
ip -6 route get 3000::1
ip -6 route get ::1
ip route get fd00::5
ip -6 route del default via fd00::ff
ip -6 route del 2001:db8:6::/48
ip -6 route del 2001:db8:6::/48 metric 99
ip -6 route del 2001:db8:77::/48
ip -6 route replace 2001:db8:5::/48 dev va
ip -6 route replace 2001:db8:c::/48 via fd00::2
ip -6 route add 2001:db8:c::/48 via fd00::2
ip -6 route add 2001:db8:c::/129 via fd00::2
ip -6 route add 2001:db8:c::/48 via 10.0.0.1
ip -6 route add 10.0.0.0/8 dev va
ip route add 2001:db8:d::/48 dev va
ip route add 2001:db8:e::/48 via fd00::3
ip -4 route add 2001:db8:f::/48 dev va
ip -6 route
ip -6 route flush dev va
ip -6 route
