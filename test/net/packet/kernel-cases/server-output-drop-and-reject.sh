ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve udp 53 --name host
serve tcp 80 --name host
iptables -A OUTPUT -p udp --sport 53 -j DROP
iptables -A OUTPUT -p tcp --sport 80 --tcp-flags SYN,ACK SYN,ACK -j REJECT --reject-with tcp-reset
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe tcp 10.0.0.1 80
iptables -L OUTPUT -v -n
iptables -R OUTPUT 1 -p udp --sport 53 -j REJECT
ip netns exec client probe udp 10.0.0.1 53
iptables -L OUTPUT -v -n
