ip netns add pod1
ip netns add pod2
ip link add vpod1 type veth peer name eth0
ip link set eth0 netns pod1
ip link add vpod2 type veth peer name eth0
ip link set eth0 netns pod2
ip addr add 10.244.1.1/24 dev vpod1
ip addr add 10.244.2.1/24 dev vpod2
ip link set vpod1 up
ip link set vpod2 up
ip netns exec pod1 ip link set lo up
ip netns exec pod1 ip addr add 10.244.1.2/24 dev eth0
ip netns exec pod1 ip link set eth0 up
ip netns exec pod1 ip route add default via 10.244.1.1
ip netns exec pod2 ip link set lo up
ip netns exec pod2 ip addr add 10.244.2.2/24 dev eth0
ip netns exec pod2 ip link set eth0 up
ip netns exec pod2 ip route add default via 10.244.2.1
ip netns exec pod1 serve tcp 8080
ip netns exec pod1 serve udp 8080
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -d 10.96.0.10 -p tcp --dport 80 -j DNAT --to-destination 10.244.1.2:8080
iptables -t nat -A PREROUTING -d 10.96.0.10 -p udp --dport 80 -j DNAT --to-destination 10.244.1.2:8080
iptables -t nat -A OUTPUT -d 10.96.0.10 -p tcp --dport 80 -j DNAT --to-destination 10.244.1.2:8080
ip netns exec pod1 probe tcp 10.96.0.10 80
ip netns exec pod1 probe udp 10.96.0.10 80
iptables -t nat -A POSTROUTING -s 10.244.1.2 -d 10.244.1.2 -j MASQUERADE
ip netns exec pod1 probe tcp 10.96.0.10 80
ip netns exec pod1 probe udp 10.96.0.10 80
ip netns exec pod2 probe tcp 10.96.0.10 80
probe tcp 10.96.0.10 80
ip route add 10.96.0.0/12 dev vpod1
probe tcp 10.96.0.10 80
iptables -t nat -A POSTROUTING -o vpod2 -j SNAT --to-source 10.244.2.1:1000-1001
ip netns exec pod2 serve tcp 9000
ip netns exec pod1 probe tcp 10.244.2.2 9000
ip netns exec pod1 probe tcp 10.244.2.2 9000
ip netns exec pod1 probe tcp 10.244.2.2 9000
ip netns exec pod1 probe icmp 10.244.2.2
iptables-save -c -t nat
