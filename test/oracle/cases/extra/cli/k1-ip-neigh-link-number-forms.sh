ip link add v0 type veth peer name v1
ip link set v0 up
ip addr add 10.0.0.1/24 dev v0
ip neigh add 10.0.0.9 lladdr 00:11:22:33:44:55:66 dev v0
ip neigh add 10.0.0.10 lladdr 0:1:2:3:4:5 dev v0
ip neigh add 10.0.0.11 lladdr 001122334455 dev v0
ip neigh add 10.0.0.12 lladdr 00-11-22-33-44-55 dev v0
ip neigh add 10.0.0.13 lladdr 00:11:22:33:44 dev v0
ip neigh add 10.0.0.14 lladdr 00:11:22:33:44:5g dev v0
ip neigh add 010.0.0.15 lladdr 00:11:22:33:44:55 dev v0
ip neigh add 10.0.0.16 lladdr 00:11:22:33:44:55 dev v0 nud 0x80
ip neigh add 10.0.0.17 lladdr 00:11:22:33:44:55 dev v0 nud permanent
ip neigh add 10.0.0.18 lladdr 00:11:22:33:44:55 dev v0 nud noarp
ip neigh add 10.0.0.19 lladdr 00:11:22:33:44:55 dev v0 nud none
ip neigh add 10.0.0.20 lladdr 00:11:22:33:44:55 dev v0 nud 0
ip neigh show 10.0.0.9 dev v0 nud all
ip neigh show 10.0.0.10 dev v0 nud all
ip neigh show 010.0.0.15 dev v0 nud all
ip neigh show 10.0.0.14 dev v0 nud all
ip neigh show 10.0.0.16 dev v0 nud all
ip neigh show 10.0.0.17 dev v0 nud all
ip neigh show 10.0.0.18 dev v0 nud all
ip neigh show 10.0.0.20 dev v0 nud all
ip neigh show 10.0.0.13 dev v0 nud all
ip link set v0 mtu 0
ip link set v0 mtu 67
ip link set v0 mtu 68
ip link set v0 mtu 0x100
ip link set v0 mtu 010000
ip link set v0 mtu 65536
ip link set v0 mtu 65535
ip link set v0 mtu 4294967296
ip link set v0 txqueuelen 0x10
ip link set v0 txqlen -1
ip link set v0 group 0x10
ip link show v0 | head -1
ip -d link show v0 | grep -o "minmtu [0-9]* maxmtu [0-9]*"
