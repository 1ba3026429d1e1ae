ip link add va type veth peer name vb
ip link set va up
ip -6 addr add fd00::1/64 dev va nodad
ip -6 route add 2001:db8::/64 via fd00::2 metric 100
ip -6 link show lo
ip -6 -br link | sed -E "s/([0-9a-f]{2}:){5}[0-9a-f]{2}/MAC/"
ip -6 a s lo
ip -6 r
ip -6 ro li table main
ip -j -6 route get 2001:db8::5
ip -j -6 route get fd00::1
ip -6 route get 2001:db8::5 oif va
ip -6 route show 2001:db8::/64 metric 100
ip -6 route show exact 2001:db8::/64
ip -6 route show root 2001:db8::/60
ip -6 route show match 2001:db8::/60
ip -o -6 route
ip -6 route add 2001:db8:1::/64 nexthop via fd00::2 nexthop via fd00::3
ip -6 route show 2001:db8:1::/64
ip -6 route append 2001:db8::/64 via fd00::3 metric 100
ip -6 route show 2001:db8::/64
ip -6 route del 2001:db8::/64 via fd00::3
ip -6 route show 2001:db8::/64
ip -6 route flush 2001:db8::/32
ip -6 route show
ip -6 route show type unreachable
ip -6 route add unreachable default metric 4000
ip -6 route show type unreachable
ip -6 route get 3000::1
