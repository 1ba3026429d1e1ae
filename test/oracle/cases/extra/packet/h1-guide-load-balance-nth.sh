# Round-robin DNAT guide: three backends behind the host with statistic nth (every 3/2/1 pattern), then the common wrong pattern (every 3 packet 0/1/2 per rule), counters, and a random-mode rule listed only
ip netns add client
ip netns add b1
ip netns add b2
ip netns add b3
ip link add vc type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev vc
ip link set vc up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip link add v1 type veth peer name eth0
ip link set eth0 netns b1
ip link add v2 type veth peer name eth0
ip link set eth0 netns b2
ip link add v3 type veth peer name eth0
ip link set eth0 netns b3
ip addr add 10.1.1.1/24 dev v1
ip addr add 10.1.2.1/24 dev v2
ip addr add 10.1.3.1/24 dev v3
ip link set v1 up
ip link set v2 up
ip link set v3 up
ip netns exec b1 ip addr add 10.1.1.2/24 dev eth0
ip netns exec b1 ip link set eth0 up
ip netns exec b1 ip route add default via 10.1.1.1
ip netns exec b2 ip addr add 10.1.2.2/24 dev eth0
ip netns exec b2 ip link set eth0 up
ip netns exec b2 ip route add default via 10.1.2.1
ip netns exec b3 ip addr add 10.1.3.2/24 dev eth0
ip netns exec b3 ip link set eth0 up
ip netns exec b3 ip route add default via 10.1.3.1
ip netns exec b1 serve tcp 80
ip netns exec b2 serve tcp 80
ip netns exec b3 serve tcp 80
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -p tcp --dport 80 -m state --state NEW -m statistic --mode nth --every 3 --packet 0 -j DNAT --to-destination 10.1.1.2:80
iptables -t nat -A PREROUTING -p tcp --dport 80 -m state --state NEW -m statistic --mode nth --every 2 --packet 0 -j DNAT --to-destination 10.1.2.2:80
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.1.3.2:80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
iptables -t nat -L PREROUTING -n -v
iptables -t nat -F PREROUTING
iptables -t nat -A PREROUTING -p tcp --dport 80 -m statistic --mode nth --every 3 --packet 0 -j DNAT --to-destination 10.1.1.2
iptables -t nat -A PREROUTING -p tcp --dport 80 -m statistic --mode nth --every 3 --packet 1 -j DNAT --to-destination 10.1.2.2
iptables -t nat -A PREROUTING -p tcp --dport 80 -m statistic --mode nth --every 3 --packet 2 -j DNAT --to-destination 10.1.3.2
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
iptables -t nat -L PREROUTING -n -v --line-numbers
iptables -t nat -A PREROUTING -p tcp --dport 81 -m statistic --mode random --probability 0.33333 -j DNAT --to-destination 10.1.1.2:80
iptables -t nat -A PREROUTING -p tcp --dport 81 -m statistic --mode nth --every 3 --packet 3 -j DNAT --to-destination 10.1.1.2:80
iptables -t nat -A PREROUTING -p tcp --dport 81 -m statistic --mode random --probability 1.5 -j DNAT --to-destination 10.1.1.2:80
iptables -t nat -A PREROUTING -p tcp --dport 81 -m statistic --mode nth --every 0 -j DNAT --to-destination 10.1.1.2:80
iptables -t nat -S PREROUTING
