ip link add v0 type veth peer name v1
ip link set v0 up
ip neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev v0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev v0 nud stale
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev v0 nud noarp
ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev v0 nud reachable
ip -s neigh flush dev v0 nud permanent
ip -4 neigh show nud all | sort
ip -s neigh flush dev v0 nud stale
ip -4 neigh show nud all | sort
ip -s neigh flush dev v0 nud noarp
ip -4 neigh show nud all | sort
ip -s neigh flush dev v0 nud all
ip -4 neigh show nud all | sort
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0 nud stale
ip -s neigh flush to 2001:db8::/64
ip -4 neigh show nud all | sort
