ip netns add a
ip -n a link add br0 type bridge
ip -n a link add v1 type veth peer name v1p
ip -n a link set v1 master br0
ip netns exec a bridge vlan show dev v1; echo rc=$?
ip netns exec a bridge vlan del dev v1 vid 1; echo rc=$?
ip netns exec a bridge -d vlan; echo rc=$?
ip netns exec a bridge mdb show dev br0; echo rc=$?
ip netns exec a bridge -j mdb; echo rc=$?
ip netns exec a bridge link show dev v1p; echo rc=$?
ip netns exec a bridge link set dev v1 learning maybe; echo rc=$?
ip netns exec a bridge link set dev v1 cost 5 cost 6; echo rc=$?
ip netns exec a bridge link show dev v1
ip netns exec a bridge -s link show dev v1
ip netns exec a bridge -t link show dev v1
ip netns exec a bridge -4 link show dev v1; echo rc=$?
ip netns exec a bridge link set dev v1 flood; echo rc=$?
ip netns exec a bridge link set; echo rc=$?
