ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j CONNMARK --set-mark 0x9
iptables -t mangle -A OUTPUT -j CONNMARK --restore-mark
iptables -t mangle -A OUTPUT -m mark --mark 0x9 -p tcp
iptables -A OUTPUT -m connmark --mark 0x9 -p tcp
ip netns exec client probe tcp 10.0.0.1 80
iptables -t mangle -L OUTPUT -v -n
iptables -L OUTPUT -v -n
