ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0
ip neigh add 10.0.0.77 lladdr 02:00:00:00:00:77 dev veth0 nud permanent
ip neigh add 10.0.0.78 dev veth0 nud noarp
ip neigh add 10.0.0.79 lladdr 02:00:00:00:00:79 dev veth0
ip neigh | sort
ip neigh show nud all | sort
ip neigh replace 10.0.0.77 lladdr 02:00:00:00:00:99 dev veth0
ip neigh show dev veth0 | sort
ip neigh del 10.0.0.79 dev veth0
ip neigh | sort
ip neigh flush dev veth0
ip neigh show nud all | sort
ip netns add d
ip link add veth5 type veth peer name eth0 netns d
ip addr add 10.0.5.1/24 dev veth5
ip link set veth5 up
ip -n d addr add 10.0.5.2/24 dev eth0
ip -n d link set eth0 up
ip -n d link set lo up
probe icmp 10.0.5.2
probe icmp 10.0.5.9
ip -4 neigh show dev veth5 nud all | sed 's/lladdr [^ ]*/lladdr X/' | sort
ip neigh show nud failed
ip neigh show nud reachable | sed 's/lladdr [^ ]*/lladdr X/'
ip neigh show nud reachable nud failed nud incomplete | sed 's/lladdr [^ ]*/lladdr X/' | sort
ip neigh show nud bogus
ip neigh show nud
ip -j neigh show nud incomplete
ip -j neigh show dev veth5 nud permanent
ip -j neigh show dev veth0 nud permanent
ip -j neigh show 10.0.0.78 nud all
ip -j -p neigh show 10.0.0.77
