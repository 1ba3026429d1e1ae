# What ping prints through a router whose FORWARD chain accepts, drops or REJECTs echoes with each --reject-with, when TTL runs out or the router has no route; the router's own ICMP errors counted in OUTPUT as RELATED (rtt times filtered out; ICMP rate limit off on the router, which also empties its ip_error bucket: the no-route test comes first)
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
iptables -A OUTPUT -p icmp -m conntrack --ctstate RELATED -j ACCEPT
iptables -A OUTPUT -p icmp -m conntrack --ctstate NEW -j ACCEPT
ip netns exec lan ping -c 2 -i 0.2 -W 1 198.51.100.7 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 2 -i 0.2 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -t 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -t 2 -n 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
iptables -A FORWARD -p icmp --icmp-type echo-request -j REJECT
ip netns exec lan ping -c 2 -i 0.2 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
iptables -R FORWARD 1 -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-net-unreachable
ip netns exec lan ping -c 1 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'
iptables -R FORWARD 1 -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-unreachable
ip netns exec lan ping -c 1 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'
iptables -R FORWARD 1 -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-proto-unreachable
ip netns exec lan ping -c 1 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'
iptables -R FORWARD 1 -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-net-prohibited
ip netns exec lan ping -c 1 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'
iptables -R FORWARD 1 -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-prohibited
ip netns exec lan ping -c 1 -W 1 -q 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'
iptables -R FORWARD 1 -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-admin-prohibited
ip netns exec lan ping -c 3 -i 0.2 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
iptables -R FORWARD 1 -p icmp --icmp-type echo-request -j REJECT --reject-with tcp-reset
iptables -R FORWARD 1 -p icmp --icmp-type echo-request -m statistic --mode nth --every 2 --packet 1 -j DROP
ip netns exec lan ping -c 4 -i 0.2 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 3 -i 0.2 -W 1 -w 2 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
iptables -F FORWARD
iptables -L -v -x -n
ip netns exec lan iptables -A OUTPUT -d 203.0.113.1 -p icmp -j DROP
ip netns exec lan ping -c 2 -i 0.2 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan iptables -R OUTPUT 1 -d 203.0.113.1 -p icmp -j REJECT
ip netns exec lan ping -c 1 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan iptables -L OUTPUT -v -x -n
ip netns exec lan ip route del default
ip netns exec lan ping -c 1 -W 1 203.0.113.1; echo rc=$?
ip netns exec lan ping -c 1 -W 1 -I eth0 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
