ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip neigh add proxy 10.0.0.1 dev v0
ip neigh add proxy 10.0.0.2 dev v0
ip neigh add proxy 10.0.0.1 dev v0
ip neigh show proxy
ip neigh show proxy dev v0
ip neigh add proxy 192.168.1.50 dev v1
ip neigh show proxy
ip neigh show
ip -4 neigh show proxy
ip -j neigh show proxy
ip neigh del proxy 10.0.0.2 dev v0
ip neigh del proxy 10.0.0.2 dev v0
ip neigh show proxy
ip neigh add proxy 2001:db8::1 dev v0
ip -6 neigh show proxy
ip neigh show proxy
ip neigh flush proxy
ip neigh show proxy
ip neigh add proxy 10.0.0.9 dev v0
ip neigh flush proxy dev v1
ip neigh show proxy
ip neigh replace proxy 10.0.0.9 dev v0
ip neigh show proxy
ip neigh add proxy dev v0
ip neigh get proxy 10.0.0.9 dev v0
ip neigh get 10.0.0.9 dev v0
ip neigh get 10.0.0.99 dev v0
ip neigh get 10.0.0.99
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0 nud permanent
ip neigh get 10.0.0.5 dev v0
ip neigh show 10.0.0.5
ip neigh show proxy 10.0.0.9
ip link add w0 type veth peer name w1
ip neigh add proxy 10.7.0.1 dev w0
ip neigh show proxy dev w0
ip link set w0 up
ip neigh show proxy dev w0
ip link set w0 down
ip neigh show proxy dev w0
