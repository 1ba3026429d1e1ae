# DNAT to an address range hashes the client with the destination xor the conntrack zone id: the same client lands on other backends from other CT zones (zone set in raw)
ip netns add cli
ip netns add srv
ip link add vc type veth peer name eth0 netns cli
ip link add vs type veth peer name eth0 netns srv
ip addr add 10.0.1.1/24 dev vc
ip addr add 10.0.2.1/24 dev vs
ip link set vc up
ip link set vs up
ip netns exec cli ip link set lo up
ip netns exec cli ip addr add 10.0.1.2/24 dev eth0
ip netns exec cli ip link set eth0 up
ip netns exec cli ip route add default via 10.0.1.1
ip netns exec srv ip link set lo up
ip netns exec srv ip addr add 10.0.2.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip route add default via 10.0.2.1
sysctl -qw net.ipv4.ip_forward=1
ip netns exec srv ip addr add 10.0.2.3/24 dev eth0
ip netns exec srv ip addr add 10.0.2.4/24 dev eth0
ip netns exec srv ip addr add 10.0.2.5/24 dev eth0
ip netns exec srv serve tcp 80
iptables -t nat -A PREROUTING -d 10.0.1.1 -p tcp --dport 80 -j DNAT --to-destination 10.0.2.2-10.0.2.5
ip netns exec cli probe tcp 10.0.1.1 80
iptables -t raw -A PREROUTING -j CT --zone 1
ip netns exec cli probe tcp 10.0.1.1 80
iptables -t raw -R PREROUTING 1 -j CT --zone 2
ip netns exec cli probe tcp 10.0.1.1 80
iptables -t raw -R PREROUTING 1 -j CT --zone 7
ip netns exec cli probe tcp 10.0.1.1 80
iptables -t raw -R PREROUTING 1 -j CT --zone 300
ip netns exec cli probe tcp 10.0.1.1 80
awk '{print $6, $7, $11, $12, $16, $17}' /proc/net/nf_conntrack | sort
iptables -t nat -R PREROUTING 1 -d 10.0.1.1 -p tcp --dport 80 -j DNAT --to-destination 10.0.2.2-10.0.2.5 --persistent
ip netns exec cli probe tcp 10.0.1.1 80
iptables -t raw -R PREROUTING 1 -j CT --zone 1
ip netns exec cli probe tcp 10.0.1.1 80
awk '{print $6, $7, $11, $12, $16, $17}' /proc/net/nf_conntrack | sort | uniq -c
iptables-save -c -t nat
