ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
iptables -A INPUT -p icmp -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-name ping -j ACCEPT
iptables -A INPUT -p icmp -j DROP
ip netns exec client probe icmp 10.0.0.1
ip netns exec client probe icmp 10.0.0.1
ip netns exec client probe icmp 10.0.0.1
iptables -L INPUT -v -n
