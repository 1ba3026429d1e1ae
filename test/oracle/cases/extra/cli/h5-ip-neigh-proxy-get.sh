ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip neigh add proxy 10.0.0.11 dev v1
ip neigh add proxy 2001:db8::5 dev v0
ip neigh add proxy 2001:db8::1:4 dev v0
ip neigh add proxy fe80::1 dev v1
ip -6 neigh show proxy
ip neigh show proxy 2001:db8::5
ip neigh show proxy to 10.0.0.11
ip -j neigh show proxy dev v0
ip -6 neigh flush proxy
ip neigh show proxy
ip neigh add proxy 10.1.2.3 dev v0
ip neigh add proxy 10.1.2.0 dev v0
ip neigh show proxy 10.1.2.0/24
ip neigh show proxy nud permanent
ip link set v0 down
ip neigh show proxy
ip link set v0 up
ip neigh add proxy 10.1.2.4 dev v0 router
ip neigh add proxy 10.1.2.5 dev v0 router
ip neigh add proxy 10.1.2.5 dev v0
ip neigh show proxy dev v0
ip -j neigh show proxy
ip link del v0
ip neigh show proxy
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip neigh add proxy 10.0.0.1 dev nosuch
ip neigh del proxy 10.0.0.1 dev nosuch
ip neigh add proxy 10.0.0.0/24 dev v1
ip neigh add proxy garbage dev v1
ip -4 neigh add proxy 2001:db8::9 dev v1
ip -6 neigh add proxy 10.0.0.9 dev v1
ip neigh add proxy 10.0.0.1 dev v1 lladdr 02:00:00:00:00:01
ip neigh add proxy 10.0.0.2 dev v1 nud permanent
ip neigh add proxy 10.0.0.3 dev v1 router
ip neigh add proxy 10.0.0.1 dev v1 proxy 10.0.0.2
ip neigh add 10.0.0.2 dev v1 proxy 10.0.0.3
ip neigh show proxy
ip neigh get proxy 10.0.0.1 dev v1
ip neigh get proxy 10.0.0.3 dev v1
ip -j neigh get proxy 10.0.0.3 dev v1
ip neigh get proxy 10.9.9.9 dev v1
ip neigh get proxy 10.0.0.1
ip neigh get 10.0.0.1 dev nosuch
ip neigh get dev v1
ip neigh get
ip neigh get garbage dev v1
ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev v1 nud reachable
ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev v1 nud stale
ip neigh get 10.0.0.7 dev v1
ip neigh get to 10.0.0.8 dev v1
ip -j neigh get 10.0.0.8 dev v1
ip neigh get 10.0.0.9 dev v1
ip -4 neigh get 2001:db8::1 dev v1
ip -6 neigh add 2001:db8::7 lladdr 02:00:00:00:00:08 dev v1
ip neigh get 2001:db8::7 dev v1
ip -6 neigh get 2001:db8::7 dev v1
ip neigh get 10.0.0.7 dev v1 extra
ip neigh get 10.0.0.7 dev v1 proxy 10.0.0.1
ip -s neigh get 10.0.0.7 dev v1
ip -j -s neigh get 10.0.0.7 dev v1
ip -s neigh flush proxy dev v1
ip -s neigh flush proxy dev v1
ip neigh show proxy
ip neigh show | sort
