# A router with forwarding off, on, and per interface: what passes, what the router itself still answers, FORWARD counters.
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
serve tcp 22 --name router
sysctl net.ipv4.ip_forward
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.lan0.forwarding net.ipv4.conf.wan0.forwarding
iptables -A FORWARD -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe icmp 203.0.113.1
ip netns exec lan probe icmp 203.0.113.2
ip netns exec lan probe tcp 203.0.113.2 22
ip netns exec wan probe tcp 192.168.1.1 22
sysctl -w net.ipv4.conf.all.forwarding=1
sysctl net.ipv4.ip_forward net.ipv4.conf.lan0.forwarding net.ipv4.conf.default.forwarding
ip netns exec lan probe tcp 203.0.113.1 80
sysctl -w net.ipv4.conf.lan0.forwarding=0
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec wan probe icmp 192.168.1.10
sysctl -w net.ipv4.conf.wan0.forwarding=0
sysctl -w net.ipv4.conf.lan0.forwarding=1
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec wan probe icmp 192.168.1.10
sysctl -w net.ipv4.ip_forward=0
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.lan0.forwarding net.ipv4.conf.wan0.forwarding
ip netns exec lan probe icmp 203.0.113.1
sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.conf.lan0.forwarding net.ipv4.conf.wan0.forwarding
ip netns exec lan probe tcp 203.0.113.1 80
cat /proc/sys/net/ipv4/conf/wan0/forwarding
iptables -L -v -x -n
