ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve udp 53
iptables -A INPUT -p udp --dport 60 -j REJECT
iptables -A INPUT -p udp --dport 61 -j REJECT --reject-with icmp-net-unreachable
iptables -A INPUT -p udp --dport 62 -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -p udp --dport 63 -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -p udp --dport 64 -j DROP
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 60
ip netns exec client probe udp 10.0.0.1 61
ip netns exec client probe udp 10.0.0.1 62
ip netns exec client probe udp 10.0.0.1 63
ip netns exec client probe udp 10.0.0.1 64
ip netns exec client probe udp 10.0.0.1 65
iptables -L INPUT -v -n
