ip link add v0 type veth peer name v1
ip link set v0 up
ip -6 neigh add 2001:db8::1 lladdr 02:00:00:00:00:01 dev v0
ip -6 neigh add 2001:db8::2 lladdr 02:00:00:00:00:02 dev v0 nud reachable
ip -6 neigh add 2001:db8::3 lladdr 02:00:00:00:00:03 dev v0 nud stale
ip -6 -s neigh show 2001:db8::1
ip -6 -s neigh show 2001:db8::2
ip -6 -s neigh show 2001:db8::3
ip -6 -s -j neigh show 2001:db8::3
ip -6 -s neigh get 2001:db8::1 dev v0
ip -6 neigh show dev v0 nud reachable
ip -6 -s neigh flush dev v0
ip -6 neigh show dev v0
ip -6 neigh del 2001:db8::1 dev v0
ip -6 -s neigh flush dev v0
ip -6 neigh add fe80::5 lladdr 02:00:00:00:00:05 dev v0 nud noarp
ip -6 neigh show nud noarp
ip -6 neigh show nud permanent
ip -6 neigh change 2001:db8::9 dev v0 lladdr 02:00:00:00:00:09
ip -6 neigh replace 2001:db8::9 dev v0 lladdr 02:00:00:00:00:09 nud stale
ip -6 neigh replace 2001:db8::9 dev v0 nud permanent
ip -6 neigh show 2001:db8::9
ip -6 neigh flush all
ip -6 neigh show nud all | sort
