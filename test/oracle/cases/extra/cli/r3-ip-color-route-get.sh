ip netns add a
ip -n a link add d0 type dummy
ip -n a link set d0 up
ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev d0
ip -n a -6 addr add 2001:db8::1/64 dev d0 nodad
ip -n a route add 192.0.2.0/24 via 10.0.0.2
ip -n a -6 route add 2001:db8:5::/64 via 2001:db8::2
ip -c -n a route get 10.0.0.5 from 10.0.0.1
ip -c -n a route get 192.0.2.9
ip -c -n a route get 10.0.0.1
ip -c -n a -6 route get 2001:db8:5::1
ip -c -n a -6 route get 2001:db8::1
ip -c -n a -6 route get 2001:db8::7 from 2001:db8::1
ip -c -n a -6 route
ip -c -n a route show table local
ip -n a link add d1 type dummy
ip -n a link set d1 up
ip -n a addr add 10.9.0.1/24 dev d1
ip netns exec a sysctl -qw net.ipv4.ip_forward=1
ip -c -n a route get 10.9.0.5 from 10.0.0.2 iif d0
ip -c -n a route get 10.0.0.1 from 10.0.0.2 iif d0
ip -c -n a -6 neigh
ip -c -n a -6 addr show dev d0 | grep inet6
