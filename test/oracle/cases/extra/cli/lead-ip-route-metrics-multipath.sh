ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.3.0/24 via 10.0.0.254 mtu 1400 advmss 1360
ip route add 192.168.4.0/24 via 10.0.0.254 mtu lock 1300 window 1000 hoplimit 10 initcwnd 10 initrwnd 20 quickack 1 rtt 100 rttvar 50 reordering 3 ssthresh 5 cwnd 7 features ecn fastopen_no_cookie 1 congctl cubic
ip route add 192.168.5.0/24 via 10.0.0.254 congctl lock reno rto_min 200
ip route add 192.168.7.0/24 nexthop via 10.0.0.250 weight 1 nexthop via 10.0.0.251 weight 2
ip route
ip -j route
ip -j -p route show 192.168.4.0/24
ip -d route show 192.168.7.0/24
