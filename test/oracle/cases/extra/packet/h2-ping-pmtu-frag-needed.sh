# Path MTU as ping shows it: a router whose uplink has MTU 1400 answers DF echoes that do not fit with frag-needed (before FORWARD; counted RELATED in its OUTPUT); the sender then fails -M do locally, fragments -M want/dont; a route's mtu metric wins over the device's
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
ip netns exec wan ip addr add 203.0.113.5/24 dev eth0
ip netns exec wan ip addr add 198.51.100.1/32 dev lo
ip route add 198.51.100.0/24 via 203.0.113.1 mtu 1280
ip link set wan0 mtu 1400
ip netns exec wan ip link set eth0 mtu 1400
iptables -A OUTPUT -p icmp -m conntrack --ctstate RELATED
iptables -A FORWARD -p icmp --icmp-type echo-request
iptables -A INPUT -p icmp --icmp-type echo-request
ip netns exec lan ping -c 1 -s 1372 -M do 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -s 1373 -M do 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 2 -i 0.2 -W 1 -s 1472 -M do 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 2 -i 0.2 -W 1 -s 1372 -M do 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ip netns exec lan ping -c 2 -i 0.2 -W 1 -s 1472 -q -M do 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 3 -i 0.2 -W 1 -s 1472 203.0.113.5 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 2 -i 0.2 -W 1 -s 1472 -M dont 203.0.113.5 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ip netns exec lan ping -c 1 -W 1 -s 1300 -M do 198.51.100.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -s 1252 -M do 198.51.100.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ip netns exec lan ping -c 1 -W 1 -s 3000 -M do 192.168.1.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -s 65508 192.168.1.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -W 1 -s 65507 192.168.1.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ip netns exec lan ping -c 1 -s 0 192.168.1.1; echo rc=$?
ip netns exec lan ping -c 2 -i 0.2 -s 15 -t 5 192.168.1.1 | sed -E 's/time [0-9]+ms/time X/'; echo rc=${PIPESTATUS[0]}
ip netns exec lan ping -c 1 -s 16 192.168.1.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
iptables -L -v -x -n
