# REJECT aimed at the server's reply data on a router: the RST or ICMP error goes back to the
# server, the client is left connected with no line; counters show which packets were hit.
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
ip netns exec wan serve tcp 80 --name web
ip netns exec wan serve tcp 81 --name web81
ip netns exec wan serve tcp 82 --name web82
ip netns exec wan serve udp 53 --name dns
sysctl -w net.ipv4.ip_forward=1
iptables -A FORWARD -i wan0 -p tcp --sport 80 --tcp-flags PSH PSH -j REJECT --reject-with tcp-reset
iptables -A FORWARD -i wan0 -p tcp --sport 81 --tcp-flags PSH PSH -j REJECT
iptables -A FORWARD -i wan0 -p tcp --sport 82 --tcp-flags SYN,ACK SYN,ACK -j REJECT --reject-with tcp-reset
iptables -A FORWARD -i wan0 -p udp --sport 53 -j REJECT --reject-with icmp-host-prohibited
ip netns exec wan iptables -A INPUT -p tcp --tcp-flags RST RST
ip netns exec wan iptables -A INPUT -p icmp --icmp-type port-unreachable
ip netns exec wan iptables -A INPUT -p icmp --icmp-type host-prohibited
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe tcp 203.0.113.1 81
ip netns exec lan probe tcp 203.0.113.1 82
ip netns exec lan probe udp 203.0.113.1 53
iptables -L FORWARD -v -x -n
ip netns exec wan iptables -L INPUT -v -x -n
