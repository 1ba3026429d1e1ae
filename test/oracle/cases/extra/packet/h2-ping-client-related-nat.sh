# A client whose INPUT policy is DROP sees the router's ICMP errors in ping only when its rule accepts RELATED: time exceeded, REJECT and frag-needed (dropped, it also teaches no path MTU); then ping through MASQUERADE (errors from beyond the router translated back) and broadcast pings
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
sysctl -w net.ipv4.icmp_ratelimit=0
ip link set wan0 mtu 1400
ip netns exec wan ip link set eth0 mtu 1400
ip netns exec lan iptables -P INPUT DROP
ip netns exec lan iptables -A INPUT -i lo -j ACCEPT
ip netns exec lan iptables -A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
ip netns exec lan iptables -A INPUT -p icmp -m conntrack --ctstate RELATED -j LOG --log-prefix "rel "
ip netns exec lan ping -c 2 -i 0.2 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -t 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -s 1472 -M do 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -s 1472 -M do 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
iptables -A FORWARD -p icmp -d 203.0.113.1 -j REJECT --reject-with icmp-host-prohibited
ip netns exec lan ping -c 1 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan iptables -A INPUT -m conntrack --ctstate RELATED -j ACCEPT
ip netns exec lan ping -c 1 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
iptables -F FORWARD
ip netns exec lan ping -c 1 -W 1 -t 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 2 -i 0.2 -W 1 -s 1472 -M do 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan iptables -L INPUT -v -x -n
ip netns exec wan ip route del 192.168.1.0/24
iptables -t nat -A POSTROUTING -o wan0 -j MASQUERADE
ip netns exec lan ping -c 1 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
ip netns exec wan iptables -A INPUT -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-admin-prohibited
ip netns exec lan ping -c 2 -i 0.2 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec wan iptables -F INPUT
ip netns exec wan ip route add 198.51.100.0/24 via 203.0.113.2
ip netns exec lan ping -c 1 -W 1 -t 2 198.51.100.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 203.0.113.9 -I 192.168.1.10 -n | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
iptables -t nat -L POSTROUTING -v -x -n
ip netns exec lan iptables -L INPUT -v -x -n
ip netns exec lan ping -c 1 -W 1 192.168.1.255; echo rc=$?
ip netns exec lan ping -c 1 -W 1 -b 192.168.1.255 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 192.168.1.10 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
