ip netns add peer
ip link add veth0 type veth peer name eth0
ip link set eth0 netns peer
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec peer ip addr add 10.0.0.2/24 dev eth0
ip netns exec peer ip link set eth0 up
ip netns exec peer ip link set lo up
ip netns exec peer ip route add default via 10.0.0.1
ip route add blackhole 10.5.0.0/16
ip route add unreachable 10.6.0.0/16
ip route add prohibit 10.7.0.0/16
probe tcp 10.5.0.1 80
probe udp 10.5.0.1 80
probe icmp 10.5.0.1
probe tcp 10.6.0.1 80
probe udp 10.7.0.1 80
probe icmp 10.7.0.1
probe tcp 10.8.0.1 80
sysctl -w net.ipv4.ip_forward=1
ip netns exec peer probe tcp 10.5.0.1 80
ip netns exec peer probe tcp 10.6.0.1 80
ip netns exec peer probe udp 10.7.0.1 80
ip netns exec peer probe icmp 10.8.0.1
ip netns exec peer probe tcp 10.0.0.3 80
probe tcp 10.0.0.3 80
probe udp 10.0.0.3 80
iptables -t nat -A PREROUTING -p tcp --dport 99 -j DROP
iptables -t raw -A PREROUTING -p tcp --dport 98 -j DROP
iptables -t mangle -A PREROUTING -p tcp --dport 97 -j DROP
iptables -t nat -A OUTPUT -p udp --dport 99 -j DROP
ip netns exec peer probe tcp 10.0.0.1 99
ip netns exec peer probe tcp 10.0.0.1 98
ip netns exec peer probe tcp 10.0.0.1 97
probe udp 10.0.0.2 99
iptables -t mangle -A OUTPUT -p udp --dport 96 -j DROP
probe udp 10.0.0.2 96
iptables -t raw -A OUTPUT -p icmp -j DROP
probe icmp 10.0.0.2
iptables -A INPUT -p tcp --dport 95 -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -p tcp --dport 94 -j REJECT --reject-with icmp-net-prohibited
ip netns exec peer probe tcp 10.0.0.1 95
ip netns exec peer probe tcp 10.0.0.1 94
iptables-save -c
