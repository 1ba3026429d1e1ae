ip netns add a
ip netns add b
ip -n a link add br0 type bridge
ip -n a link add v1 type veth peer name v1p netns b
ip -n a link add v2 type veth peer name v2p
ip -n a link set v1 master br0
ip -n a link set v2 master br0
ip -n a link set br0 up
ip -n a link set v1 up
ip -n b link set v1p up
ip netns exec a bridge link
ip netns exec a bridge -j link show dev v1
ip netns exec a bridge link show dev br0; echo rc=$?
ip netns exec a bridge link show dev nosuch; echo rc=$?
ip netns exec a bridge link set dev v1 cost 10; echo rc=$?
ip netns exec a bridge link set dev v1 priority 5 hairpin on learning off; echo rc=$?
ip netns exec a bridge link show dev v1
ip netns exec a bridge -d link show dev v1
ip netns exec a bridge link set dev v1 state 3; echo rc=$?
ip netns exec a bridge link set dev v2 cost 0; echo rc=$?
ip netns exec a bridge link set dev v2 guard foo; echo rc=$?
ip netns exec a bridge link set dev br0 cost 5; echo rc=$?
ip netns exec a bridge vlan; echo rc=$?
ip netns exec a bridge link help 2>&1 | head -3
ip netns exec a bridge -s link | head -2
ip -n a link set v2 up
ip -n a link set v2p up
ip netns exec a bridge link set dev v2 hairpin on isolated on mcast_router 2 state blocking
ip -n a -d link show v2 | grep -o 'bridge_slave state [a-z]* priority [0-9]* cost [0-9]* hairpin [a-z]*'
ip -n a -d link show v2 | grep -o 'mcast_router [0-9]* mcast_fast_leave [a-z]*\|isolated [a-z]*'
ip netns exec a bridge -d -j link show dev v2
ip netns exec a bridge link set dev v2 priority 64; echo rc=$?
ip netns exec a bridge link set dev v2 cost 70000; echo rc=$?
ip netns exec a bridge link set dev v2 state 7; echo rc=$?
ip netns exec a bridge link set dev v2 state bogus; echo rc=$?
ip netns exec a bridge link set v2 cost 3; echo rc=$?
ip netns exec a bridge link set dev nosuch cost 3; echo rc=$?
ip netns exec a bridge link frob; echo rc=$?
ip netns exec a bridge -x link; echo rc=$?
ip netns exec a bridge; echo rc=$?
ip -n a link set br0 type bridge vlan_filtering 1; echo rc=$?
ip -n a link set br0 type bridge nf_call_iptables 1 forward_delay 400
ip -n a -d link show br0 | grep -o 'forward_delay [0-9]*\|stp_state [0-9]*\|nf_call_iptables [0-9]*\|vlan_filtering [0-9]*'
ip -n a link set v2 type bridge stp_state 0; echo rc=$?
ip -n a link set br0 type bridge stp_state x; echo rc=$?
ip -n a link set br0 type bridge stp_state 1; echo rc=$?
ip netns exec a bridge link show dev v1
ip -n a link set v1 nomaster
ip netns exec a bridge link
ip netns exec a bridge link set dev v1 state 3; echo rc=$?
