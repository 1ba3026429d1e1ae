ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve udp 53
iptables -t mangle -A PREROUTING -m socket
iptables -t mangle -A PREROUTING -m socket --nowildcard
iptables -t mangle -A PREROUTING -m socket --transparent
iptables -t mangle -A PREROUTING -p tcp --syn
iptables -t mangle -A PREROUTING -p tcp ! --syn
iptables -A INPUT -j MARK --set-mark 5
iptables -A INPUT -p tcp -m socket --restore-skmark
iptables -A INPUT -p tcp -m mark --mark 5
iptables -A INPUT -p tcp -m mark --mark 0
iptables -A INPUT -p udp -m socket --nowildcard --restore-skmark
iptables -A INPUT -p udp -m mark --mark 5
iptables -A INPUT -p udp -m mark --mark 0
iptables -A INPUT -m socket
iptables -A INPUT -m socket --nowildcard
iptables -A INPUT -p tcp -m socket --nowildcard
iptables -A INPUT -p udp -m socket --nowildcard
iptables -A INPUT -p icmp -m socket --nowildcard
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 81
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 54
ip netns exec client probe icmp 10.0.0.1
iptables-legacy -t mangle -A PREROUTING -m socket --nowildcard
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
iptables-legacy -t mangle -L PREROUTING -n -v -x
iptables -t mangle -L PREROUTING -n -v -x
iptables -L INPUT -n -v -x
