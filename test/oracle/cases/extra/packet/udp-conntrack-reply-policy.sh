ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client serve udp 53
iptables -P INPUT DROP
iptables -P OUTPUT DROP
iptables -A OUTPUT -p udp --dport 53 -j ACCEPT
probe udp 10.0.0.2 53
iptables -A INPUT -m state --state ESTABLISHED -j ACCEPT
probe udp 10.0.0.2 53
probe tcp 10.0.0.2 80
probe icmp 10.0.0.2
iptables -L -v -n
