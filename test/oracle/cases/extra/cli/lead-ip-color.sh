ip netns add a
ip netns add b
ip -n a link add va address 02:00:00:00:00:0a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a link add dn address 02:00:00:00:00:0d type veth peer name dp address 02:00:00:00:00:0e
ip -n a addr add 10.0.0.1/24 brd + dev va
ip -n a addr add 2001:db8::1/64 dev va nodad
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link set lo up
ip -n a route add 10.9.0.0/16 via 10.0.0.2
ip -n a -6 route add 2001:db8:9::/48 via 2001:db8::2
ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev va
ip -n a -c addr
ip -n a -c link
ip -n a -c -o link show dn
ip -n a -c -br link
ip -n a -c -br addr
ip -n a -c route
ip -n a -c -6 route show dev va
ip -n a -c route get 10.9.1.1
ip -n a -c neigh show 10.0.0.9
ip -n a -c -4 addr show va
ip -n a -color=never addr show lo
ip -n a -color=auto link show lo
ip -n a -color=always -br link show lo
ip -n a -color=bogus link show lo; echo rc=$?
ip -n a -c -j link show lo
ip -n a -c rule
