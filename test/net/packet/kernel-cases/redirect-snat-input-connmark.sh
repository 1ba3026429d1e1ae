ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 8080 --name host
serve udp 5353 --name host
iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080
iptables -t nat -A PREROUTING -p udp --dport 53 -j REDIRECT --to-ports 5353
iptables -t nat -A INPUT -p tcp -s 10.0.0.2 -j SNAT --to-source 10.0.0.99
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe tcp 10.0.0.1 8080
iptables -t nat -A OUTPUT -p icmp -j DNAT --to-destination 10.0.0.2
probe icmp 10.9.9.9
ip route add 10.9.9.0/24 dev veth0
probe icmp 10.9.9.9
iptables -t mangle -A PREROUTING -p tcp -j CONNMARK --set-mark 0x7
iptables -t mangle -A OUTPUT -m connmark --mark 0x7 -p tcp
iptables -A INPUT -m connmark --mark 0x7
ip netns exec client probe tcp 10.0.0.1 80
iptables-save -c
