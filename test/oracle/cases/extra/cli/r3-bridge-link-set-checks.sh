ip netns add a
ip -n a link add br0 type bridge
ip -n a link add v1 type veth peer name v1p
ip -n a link add v2 type veth peer name v2p
ip -n a link set v1 master br0
ip -n a link set v2 master br0
ip netns exec a bridge link set dev v1 guard on root_block on fastleave on; echo rc=$?
ip netns exec a bridge link set dev v1 flood off mcast_flood off bcast_flood off; echo rc=$?
ip netns exec a bridge link set dev v1 neigh_suppress on vlan_tunnel on; echo rc=$?
ip netns exec a bridge link set dev v1 learning_sync on; echo rc=$?
ip netns exec a bridge link set dev v1 mcast_to_unicast on; echo rc=$?
ip netns exec a bridge link set dev v1 locked on; echo rc=$?
ip netns exec a bridge link set dev v1 backup_port v2; echo rc=$?
ip netns exec a bridge link set dev v1 nobackup_port; echo rc=$?
ip netns exec a bridge -d link show dev v1
ip netns exec a bridge -d -j -p link show dev v1
ip netns exec a bridge link set dev v1 hwmode vepa; echo rc=$?
ip netns exec a bridge link set dev v1 self cost 4; echo rc=$?
ip netns exec a bridge link set dev v1 master cost 4; echo rc=$?
ip netns exec a bridge link set dev v1 state forwarding; echo rc=$?
ip netns exec a bridge link set dev v1 state disabled; echo rc=$?
ip netns exec a bridge link set dev v1 state listening; echo rc=$?
ip netns exec a bridge link set dev v1 state learning; echo rc=$?
ip netns exec a bridge link set dev v1 state 5; echo rc=$?
ip netns exec a bridge link set dev v1 priority 63; echo rc=$?
ip netns exec a bridge link set dev v1 priority -1; echo rc=$?
ip netns exec a bridge link set dev v1 cost 65535; echo rc=$?
ip netns exec a bridge link set dev v1 cost 0x10; echo rc=$?
ip netns exec a bridge link set dev v1 cost abc; echo rc=$?
ip netns exec a bridge link set dev v1 hairpin yes; echo rc=$?
ip netns exec a bridge link set dev v1 mcast_router 4; echo rc=$?
ip netns exec a bridge link set dev v1; echo rc=$?
ip netns exec a bridge link set dev v1 cost; echo rc=$?
ip netns exec a bridge link
ip netns exec a bridge link show
ip netns exec a bridge link show br0; echo rc=$?
ip netns exec a bridge link show dev v1 extra; echo rc=$?
ip netns exec a bridge -c link; echo rc=$?
ip netns exec a bridge -s -d link show dev v2
ip netns exec a bridge mdb; echo rc=$?
ip netns exec a bridge vlan show; echo rc=$?
ip netns exec a bridge -j vlan show; echo rc=$?
ip netns exec a bridge vlan add dev v1 vid 10; echo rc=$?
ip netns exec a bridge -V; echo rc=$?
ip netns exec a bridge -n a link; echo rc=$?
ip netns exec a bridge monitor bogus; echo rc=$?
ip netns exec a bridge lnk; echo rc=$?
ip netns exec a bridge l; echo rc=$?
ip netns exec a bridge -o link; echo rc=$?
