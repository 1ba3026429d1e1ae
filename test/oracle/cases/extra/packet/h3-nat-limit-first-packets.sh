# Rate limits in the nat table see only each connection's first packet: a port forward that only
# lets the first two new connections through, per-destination-port hashlimit on forwarded UDP.
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
ip netns exec lan serve tcp 22 --name ssh
ip netns exec lan serve udp 5000 --name game
ip netns exec lan serve udp 5001 --name game2
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -i wan0 -p tcp --dport 2222 -m limit --limit 1/hour --limit-burst 2 -j DNAT --to-destination 192.168.1.10:22
iptables -t nat -A PREROUTING -i wan0 -p udp -m multiport --dports 5000,5001 -j DNAT --to-destination 192.168.1.10
iptables -A FORWARD -i wan0 -p udp -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 2 --hashlimit-mode dstip,dstport --hashlimit-name games -j ACCEPT
iptables -A FORWARD -i wan0 -p udp -j DROP
ip netns exec wan probe tcp 203.0.113.2 2222
ip netns exec wan probe tcp 203.0.113.2 2222
ip netns exec wan probe tcp 203.0.113.2 2222
ip netns exec wan probe udp 203.0.113.2 5000
ip netns exec wan probe udp 203.0.113.2 5000
ip netns exec wan probe udp 203.0.113.2 5000
ip netns exec wan probe udp 203.0.113.2 5001
ip netns exec wan probe udp 192.168.1.10 5001
ip netns exec wan probe udp 192.168.1.10 5001
iptables -t nat -L PREROUTING -v -x -n
iptables -L FORWARD -v -x -n
