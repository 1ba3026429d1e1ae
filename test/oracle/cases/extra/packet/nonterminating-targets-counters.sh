ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
iptables -A INPUT -p tcp -j LOG --log-prefix "in: "
iptables -A INPUT -p tcp -j MARK --set-mark 5
iptables -A INPUT -p tcp -m mark --mark 5 -j CONNMARK --save-mark
iptables -A INPUT -p tcp -j TRACE
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -A INPUT -p tcp -j DROP
ip netns exec client probe tcp 10.0.0.1 80
iptables -L INPUT -v -n
