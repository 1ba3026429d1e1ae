# ping -O notes each echo still unanswered when the next one leaves (even with -q); a router drops every other echo request
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
iptables -A FORWARD -p icmp --icmp-type echo-request -m statistic --mode nth --every 2 --packet 1 -j DROP
ip netns exec lan ping -c 4 -i 0.2 -W 1 -O 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 3 -i 0.2 -W 1 -O -q 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 3 -i 0.2 -W 1 -O -s 8 -n 203.0.113.1 | sed -E 's/time [0-9]+ms/time X/'; echo rc=${PIPESTATUS[0]}
iptables -L FORWARD -v -x -n
