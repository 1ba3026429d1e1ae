# A stateful router (FORWARD policy DROP, ESTABLISHED and RELATED accepted) in front of a server that REJECTs some pings and has a small-MTU link: the server's errors and the next hop's frag-needed come back through FORWARD as RELATED, and with RELATED missing the client sees nothing
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
ip netns add far
ip link add far0 type veth peer name eth1 netns wan
ip link set far0 netns far
ip netns exec wan ip addr add 198.51.100.1/24 dev eth1
ip netns exec wan ip link set eth1 up
ip netns exec wan ip link set eth1 mtu 1300
ip netns exec far ip link set lo up
ip netns exec far ip addr add 198.51.100.2/24 dev far0
ip netns exec far ip link set far0 mtu 1300
ip netns exec far ip link set far0 up
ip netns exec far ip route add default via 198.51.100.1
ip netns exec wan sysctl -qw net.ipv4.ip_forward=1
ip netns exec wan sysctl -qw net.ipv4.icmp_ratelimit=0
ip route add 198.51.100.0/24 via 203.0.113.1
iptables -P FORWARD DROP
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A FORWARD -i lan0 -p icmp --icmp-type echo-request -m conntrack --ctstate NEW -j ACCEPT
ip netns exec far iptables -A INPUT -p icmp --icmp-type echo-request -m length --length 200:300 -j REJECT --reject-with icmp-host-prohibited
ip netns exec lan ping -c 2 -i 0.2 -W 1 198.51.100.2 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -s 200 198.51.100.2 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -s 1400 -M do 198.51.100.2 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -t 2 198.51.100.2 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
iptables -A FORWARD -m conntrack --ctstate RELATED -j ACCEPT
ip netns exec lan ping -c 2 -i 0.2 -W 1 -s 200 198.51.100.2 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 2 -i 0.2 -W 1 -s 1400 -M do 198.51.100.2 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -t 2 198.51.100.2 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -s 1272 -M do 198.51.100.2 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
iptables -L FORWARD -v -x -n
ip netns exec lan ip route show cache
