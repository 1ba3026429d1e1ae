ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve udp 53
iptables -A INPUT -p udp -m quota --quota 100 -j ACCEPT
iptables -A INPUT -p udp -j DROP
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
iptables -L INPUT -v -n
