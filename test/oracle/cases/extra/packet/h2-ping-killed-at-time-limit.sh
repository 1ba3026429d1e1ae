# ping that outlives the 5 s limit is killed: the lines it flushed stay, the statistics never come, and a header alone is lost in the pipe's buffer: no -c, a dropped echo waiting out the default 10 s linger, timeout around it; what ends in time prints in full
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
iptables -A FORWARD -p icmp -j DROP
ip netns exec lan ping -c 1 203.0.113.1
ip netns exec lan ping -c 2 -W 1 203.0.113.1 | sed -E 's/time [0-9]+ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -n -i 2 -s 8 192.168.1.1
timeout 2.5 ping -s 8 127.0.0.1; echo rc=$?
timeout 2.5 ping -q -s 8 127.0.0.1; echo rc=$?
ip netns exec lan ping -c 1 -I lo 203.0.113.1
ip netns exec lan ping -c 2 -i 3 192.168.1.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 6 203.0.113.1 | sed -E 's/time [0-9]+ms/time X/'; echo rc=${PIPESTATUS[0]}
iptables -L FORWARD -v -x -n
