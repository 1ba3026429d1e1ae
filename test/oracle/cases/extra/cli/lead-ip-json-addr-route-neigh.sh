ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth1 master br0
ip link set veth0 up
ip link set br0 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0
ip addr add 10.0.0.3/24 dev veth0 label veth0:x
ip addr add 172.16.0.1 peer 172.16.0.2 dev veth0
ip addr add 10.9.0.1/24 brd 10.9.0.200 dev br0
ip route add 192.168.1.0/24 via 10.0.0.254 metric 50
ip route add 192.168.2.0/24 dev veth0 proto static scope link src 10.0.0.2
ip route add 192.168.3.0/24 via 10.0.0.254 mtu 1400 advmss 1360 table 7
ip route add blackhole 192.168.4.0/24
ip route add unreachable 192.168.5.0/24 metric 3
ip route add prohibit 192.168.6.0/24
ip route add 192.168.7.0/24 nexthop via 10.0.0.250 weight 1 nexthop via 10.0.0.251 weight 2
ip route add 192.168.8.0/24 via 9.9.9.9 dev veth0 onlink
ip -j addr show dev veth0 | sed "s/\"address\":\"..:..:..:..:..:..\"/MAC/g"
ip -j -4 addr
ip -j addr show dev br0 | sed "s/\"address\":\"..:..:..:..:..:..\"/MAC/g"
ip -j route
ip -j route show table 7
ip -j route show table local
ip -j route get 192.168.1.5
ip -j route get 192.168.7.1
ip -j route get 10.0.0.2
ip -j neigh
ip neigh add 10.0.0.77 lladdr 02:00:00:00:00:77 dev veth0 nud permanent
ip neigh add 10.0.0.78 dev veth0 nud noarp
ip -j neigh
ip -j -p neigh show 10.0.0.77
ip -j link show type bridge | sed 's/"address":"[^"]*"/MAC/g'
ip -j -br addr
ip -j -br link | sed 's/"address":"[^"]*"/MAC/g'
ip -j route show match 192.168.1.1
ip -j -6 route
ip -j -6 addr show dev lo
