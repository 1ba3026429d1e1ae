ip netns add a
ip -n a link add va address 02:00:00:00:00:0a type veth peer name vb address 02:00:00:00:00:0b
ip netns exec a netstat -g
ip -n a link set lo up
ip -n a link set va up
ip -n a link set vb up
ip -n a addr add 2001:db8::1/64 dev va nodad
ip -n a addr add 2001:db8:1::1/64 dev va nodad
ip netns exec a netstat -g
ip netns exec a netstat -gn
ip netns exec a netstat -g -6 | tail -3
