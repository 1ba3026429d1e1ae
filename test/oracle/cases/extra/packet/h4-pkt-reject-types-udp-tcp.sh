# Siblings of drop-vs-reject-*: REJECT types across protocols (two clients: ICMP errors are rate limited per peer), the tcp-reset error twin, counter views.
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
serve udp 53 --name host
serve tcp 80 --name host
iptables -A INPUT -p udp --dport 60 -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -p udp --dport 61 -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -p udp --dport 62 -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -p udp --dport 63 -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -p udp --dport 64 -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp --dport 86 -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -p tcp --dport 87 -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -p tcp --dport 88 -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -p tcp --dport 89 -j REJECT --reject-with icmp-host-unreachable
ip netns exec client probe udp 10.0.0.1 60
ip netns exec client probe udp 10.0.0.1 61
ip netns exec client probe udp 10.0.0.1 62
ip netns exec client probe udp 10.0.0.1 63
ip netns exec client2 probe tcp 10.0.1.1 86
ip netns exec client2 probe tcp 10.0.1.1 87
ip netns exec client2 probe tcp 10.0.1.1 88
ip netns exec client2 probe tcp 10.0.1.1 89
ip netns exec client probe udp 10.0.0.1 53
iptables -L INPUT -v -x -n --line-numbers
iptables -S INPUT -v
iptables -Z INPUT 2
iptables -L INPUT 2 -v -n
iptables -L INPUT -v -n -Z
iptables -L INPUT -v -n
iptables -A INPUT -s 10.0.0.2 -p icmp -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -s 10.0.1.2 -p icmp -j REJECT --reject-with icmp-host-prohibited
ip netns exec client probe icmp 10.0.0.1
ip netns exec client2 probe icmp 10.0.1.1
iptables -R INPUT 9 -p icmp -j REJECT --reject-with tcp-reset
iptables-save -c -t filter
