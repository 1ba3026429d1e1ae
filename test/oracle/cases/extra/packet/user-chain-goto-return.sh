ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve tcp 81
serve tcp 82
iptables -N CHK
iptables -N INNER
iptables -A INPUT -p tcp -g CHK
iptables -A INPUT -p tcp -j DROP
iptables -A CHK -p tcp --dport 80 -j RETURN
iptables -A CHK -p tcp --dport 81 -j INNER
iptables -A CHK -p tcp --dport 82 -j DROP
iptables -A INNER -j RETURN
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 81
ip netns exec client probe tcp 10.0.0.1 82
iptables -L -v -n
