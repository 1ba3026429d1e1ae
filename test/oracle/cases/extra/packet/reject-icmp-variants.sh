ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client probe icmp 10.0.0.1
iptables -A INPUT -p icmp -j REJECT --reject-with icmp-net-prohibited
ip netns exec client probe icmp 10.0.0.1
iptables -R INPUT 1 -p icmp -j REJECT --reject-with icmp-port-unreachable
ip netns exec client probe icmp 10.0.0.1
iptables -R INPUT 1 -p icmp -j DROP
ip netns exec client probe icmp 10.0.0.1
iptables -R INPUT 1 -p icmp --icmp-type echo-reply -j DROP
ip netns exec client probe icmp 10.0.0.1
iptables -L INPUT -v -n
