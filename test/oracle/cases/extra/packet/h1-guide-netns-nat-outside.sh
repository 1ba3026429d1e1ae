# "Give a network namespace outside access" guides: veth pair, addresses, default route in the namespace, forwarding, MASQUERADE for its subnet, FORWARD rules by interface, and the checks guides run at each step (ip -br, ip route, ip netns list, iptables -t nat -nvL)
ip netns add ns1
ip netns add outside
ip netns list
ip link add v-eth1 type veth peer name v-peer1
ip link set v-peer1 netns ns1
ip addr add 10.200.1.1/24 dev v-eth1
ip link set v-eth1 up
ip netns exec ns1 ip addr add 10.200.1.2/24 dev v-peer1
ip netns exec ns1 ip link set v-peer1 up
ip netns exec ns1 ip link set lo up
ip netns exec ns1 ip route add default via 10.200.1.1
ip netns exec ns1 ip route
ip netns exec ns1 ip -br -4 addr
ip link add uplink type veth peer name wan
ip link set wan netns outside
ip addr add 172.16.0.1/24 dev uplink
ip link set uplink up
ip netns exec outside ip addr add 172.16.0.2/24 dev wan
ip netns exec outside ip link set wan up
ip netns exec outside ip link set lo up
ip netns exec outside serve tcp 443
ip route
ip -br -4 addr show dev v-eth1
ip netns exec ns1 probe tcp 10.200.1.1 443
ip netns exec ns1 probe tcp 172.16.0.2 443 --timeout 0.3
echo 1 > /proc/sys/net/ipv4/ip_forward
ip netns exec ns1 probe tcp 172.16.0.2 443 --timeout 0.3
iptables -P FORWARD DROP
iptables -F FORWARD
iptables -t nat -F
iptables -t nat -A POSTROUTING -s 10.200.1.0/255.255.255.0 -o uplink -j MASQUERADE
iptables -A FORWARD -i uplink -o v-eth1 -j ACCEPT
iptables -A FORWARD -o uplink -i v-eth1 -j ACCEPT
ip netns exec ns1 probe tcp 172.16.0.2 443
ip netns exec ns1 probe icmp 172.16.0.2
ip netns exec outside probe tcp 10.200.1.2 443 --timeout 0.3
iptables -t nat -nvL
iptables -nvL FORWARD
ip netns exec ns1 iptables -L -n
ip netns exec ns1 ip route get 172.16.0.2
ip route get 10.200.1.2
ip netns delete ns1
ip netns list
ip -br -4 addr show dev v-eth1
iptables -nvL FORWARD
