# Neighbours that never answer ARP: ping waits about 3 s, then the host itself (on-link) or the router (one hop on) reports Destination Host Unreachable for every queued echo; the router's error passes its OUTPUT as RELATED
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
iptables -A OUTPUT -p icmp -m conntrack --ctstate RELATED
iptables -A FORWARD -p icmp
ip netns exec lan ping -c 1 -W 4 192.168.1.77 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 2 -i 0.2 -W 4 203.0.113.77 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 4 -n 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
iptables -L -v -x -n
ip netns exec lan ip neigh show 192.168.1.77
