ip netns add a
ip -n a link add br0 type bridge
ip -n a link add v1 type veth peer name v1p
ip -n a link add v2 type veth peer name v2p
ip -n a link set v1 master br0
ip -n a link set v2 master br0
ip -n a link set v1 up
ip netns exec a bridge link set dev v1 state disabled; echo rc=$?
ip netns exec a bridge link set dev v1 hairpin on cost 7 state 3; echo rc=$?
ip netns exec a bridge link set dev v1 cost 0 priority 70 hairpin off; echo rc=$?
ip netns exec a bridge link set dev v1 self master cost 9; echo rc=$?
ip netns exec a bridge link set dev v1 mcast_router 9 cost 11; echo rc=$?
ip netns exec a bridge link set dev v1 mcast_router 257; echo rc=$?
ip netns exec a bridge link set dev v1 priority 65536; echo rc=$?
ip netns exec a bridge -d link show dev v1
ip -n a link set v1p up
ip -n a link set br0 up
ip netns exec a bridge link set dev v1 state blocking; echo rc=$?
ip netns exec a bridge link show dev v1
ip netns exec a bridge -color=never link show dev v1
ip netns exec a bridge -com link show dev v1; echo rc=$?
ip netns exec a bridge -c -j link show dev v1
ip netns exec a bridge -n nosuch link; echo rc=$?
ip netns exec a bridge -color=bad link; echo rc=$?
ip netns add b
ip netns exec b bridge -n a link show dev v2; echo rc=$?
