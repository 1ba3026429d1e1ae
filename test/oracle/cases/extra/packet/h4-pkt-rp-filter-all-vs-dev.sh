# Siblings of rp-filter-asymmetric: all=2 with dev=1 (max wins), all=1 with dev=0, default does not touch existing links, the route fix, rpfilter match in raw, UDP and ICMP.
ip netns add client
ip link add vA type veth peer name ethA
ip link set ethA netns client
ip link add vB type veth peer name ethB
ip link set ethB netns client
ip addr add 10.1.0.1/24 dev vA
ip addr add 10.2.0.1/24 dev vB
ip addr add 10.9.9.9/32 dev lo
ip link set vA up
ip link set vB up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.1.0.2/24 dev ethA
ip netns exec client ip addr add 10.2.0.2/24 dev ethB
ip netns exec client ip link set ethA up
ip netns exec client ip link set ethB up
ip netns exec client ip route add 10.9.9.9/32 via 10.1.0.1 dev ethA src 10.2.0.2
serve tcp 80 --name host
serve udp 53 --name host
iptables -t raw -A PREROUTING -d 10.9.9.9
iptables -A INPUT -d 10.9.9.9
sysctl -w net.ipv4.conf.default.rp_filter=1
ip netns exec client probe tcp 10.9.9.9 80
sysctl -w net.ipv4.conf.vA.rp_filter=1
ip netns exec client probe tcp 10.9.9.9 80
sysctl -w net.ipv4.conf.all.rp_filter=2
ip netns exec client probe udp 10.9.9.9 53
sysctl -w net.ipv4.conf.all.rp_filter=1
sysctl -w net.ipv4.conf.vA.rp_filter=0
ip netns exec client probe udp 10.9.9.9 53
ip netns exec client probe icmp 10.9.9.9
ip route add 10.2.0.2/32 dev vA
ip netns exec client probe tcp 10.9.9.9 80
ip route del 10.2.0.2/32 dev vA
sysctl -w net.ipv4.conf.all.rp_filter=0
sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.vA.rp_filter net.ipv4.conf.vB.rp_filter net.ipv4.conf.default.rp_filter
iptables -t raw -A PREROUTING -m rpfilter --invert -j DROP
ip netns exec client probe tcp 10.9.9.9 80
iptables -t raw -R PREROUTING 2 -m rpfilter --loose --invert -j DROP
ip netns exec client probe tcp 10.9.9.9 80
ip netns exec client probe udp 10.1.0.1 53
iptables -t raw -L PREROUTING -v -n
iptables-save -c
