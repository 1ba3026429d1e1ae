# IFF_RUNNING after bringing up a veth end: at once when the ends' ifindexes differ, after linkwatch's next once-a-second run when they are equal
ip netns add a
ip link add v1 type veth peer name v2 netns a
ip link set v1 up
ip -n a link set v2 up
ifconfig v1 | head -1
ip netns exec a ifconfig v2 | head -1
ip -n a link show v2 | head -1 | cut -d' ' -f2-9
sleep 1.2
ip netns exec a ifconfig v2 | head -1
ip netns add b
ip link add w1 type veth peer name w2 netns b
ip -n b link set w2 up
ip link set w1 up
ifconfig w1 | head -1
ip netns exec b ifconfig w2 | head -1
sleep 1.2
ifconfig w1 | head -1
