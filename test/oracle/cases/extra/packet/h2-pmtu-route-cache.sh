# The path MTU a frag-needed teaches shows as a route exception: ip route get and ip route show cache (expires, mtu); ip route flush cache forgets it, so the next DF echo learns it again
ip netns add lan
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
sysctl -w net.ipv4.ip_forward=1
ip link set wan0 mtu 1400
ip netns exec wan ip link set eth0 mtu 1400
ip netns exec lan ip route get 203.0.113.1
ip netns exec lan ip route show cache
ip netns exec lan ping -c 1 -W 1 -s 1472 -M do 203.0.113.1 | grep From
ip netns exec lan ip route get 203.0.113.1
ip netns exec lan ip route show cache
ip netns exec lan ip route get 203.0.113.1 from 192.168.1.10
ip netns exec lan ip route get 192.168.1.1
ip netns exec lan ip route flush cache
ip netns exec lan ip route show cache
ip netns exec lan ip route get 203.0.113.1
ip netns exec lan ping -c 2 -i 0.2 -W 1 -s 1472 203.0.113.1 | grep -E 'From|bytes from' | sed -E 's/time[= ][0-9.]+ ?ms/time X/'
ip netns exec lan ip route show cache
ip netns exec lan ping -c 1 -W 1 -s 1000 -M do 203.0.113.1 | grep -c 'bytes from'
ip netns exec lan ip route show cache table all
ip -4 route flush cache
ip netns exec lan ip -4 route show cache
