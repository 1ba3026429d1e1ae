# x_tables and nf_tables chains at the same hook and priority: the one registered last runs first (REJECT vs DROP, counters, DNAT to two backends).
ip netns add client
ip netns add client2
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip link add veth1 type veth peer name eth0
ip link set eth0 netns client2
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client2 ip addr add 10.0.1.2/24 dev eth0
ip netns exec client2 ip link set eth0 up
ip netns exec client2 ip link set lo up
serve tcp 22 --name host
serve tcp 80 --name host
iptables -A INPUT -p tcp --dport 22 -j DROP
iptables-legacy -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
ip netns exec client probe tcp 10.0.0.1 22
iptables-restore <<'EOF2'
*filter
-A INPUT -p tcp --dport 22 -j DROP
COMMIT
EOF2
ip netns exec client probe tcp 10.0.0.1 22
iptables-restore --noflush <<'EOF2'
*filter
-A INPUT -p tcp --dport 80 -j DROP
COMMIT
EOF2
ip netns exec client probe tcp 10.0.0.1 22
iptables-legacy -L INPUT -v -n
iptables -L INPUT -v -n
iptables -t nat -A PREROUTING -p tcp --dport 8022 -j DNAT --to-destination :22
iptables-legacy -t nat -A PREROUTING -p tcp --dport 8022 -j DNAT --to-destination :80
ip netns exec client2 probe tcp 10.0.1.1 8022
iptables-legacy -t nat -A OUTPUT -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.1:80
iptables -t nat -A OUTPUT -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.1:22
probe tcp 10.0.0.1 8080
iptables-legacy -t nat -L -v -n
iptables -t nat -L -v -n
