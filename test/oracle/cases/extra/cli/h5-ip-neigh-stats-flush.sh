ip netns add a
ip link add va type veth peer name vb
ip link set vb netns a
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n a addr add 10.9.0.2/24 dev vb
ip -n a link set vb up
ip -n a link set lo up
probe icmp 10.9.0.2
ip neigh show | sed 's/lladdr [0-9a-f:]*/lladdr MAC/'
ip -s neigh show | sed 's/lladdr [0-9a-f:]*/lladdr MAC/'
ip -s neigh get 10.9.0.2 dev va | sed 's/lladdr [0-9a-f:]*/lladdr MAC/'
ip -j -s neigh show | sed 's/"lladdr":"[0-9a-f:]*"/"lladdr":"MAC"/'
ip -j -s neigh show 10.9.0.50
ip neigh add 10.9.0.50 lladdr 02:00:00:00:00:50 dev va
ip -j -s neigh show 10.9.0.50
ip -j -s neigh get 10.9.0.50 dev va
ip neigh change 10.9.0.50 lladdr 02:00:00:00:00:51 dev va nud reachable
ip -s neigh show 10.9.0.50
ip neigh change 10.9.0.50 dev va nud stale
ip -s -j neigh show 10.9.0.50
ip neigh replace 10.9.0.50 dev va nud probe
ip neigh show 10.9.0.50
ip -s neigh flush dev va
ip -s neigh flush dev va
ip -s -s neigh flush all
ip neigh add 10.9.0.60 lladdr 02:00:00:00:00:60 dev va nud stale
ip neigh add 10.9.0.61 lladdr 02:00:00:00:00:61 dev va nud stale
ip -s neigh flush to 10.9.0.0/24
ip neigh show
ip -s neigh flush nud permanent
ip -s neigh flush proxy
ip neigh add 10.9.0.70 lladdr 02:00:00:00:00:70 dev va nud permanent
ip neigh replace 10.9.0.70 dev va nud reachable
ip -s neigh show 10.9.0.70
ip neigh replace 10.9.0.71 dev va nud permanent
ip -s neigh flush all
ip neigh show
