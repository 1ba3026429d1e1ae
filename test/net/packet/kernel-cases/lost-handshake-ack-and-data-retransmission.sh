ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
serve tcp 81 --name host
serve tcp 82 --name host
iptables -A OUTPUT -p tcp --sport 80 --tcp-flags PSH PSH -j DROP
iptables -A INPUT -p tcp --dport 81 --tcp-flags SYN,ACK,RST,PSH ACK -j DROP
iptables -A INPUT -p tcp --dport 82 -m conntrack --ctstate ESTABLISHED -j DROP
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 81
ip netns exec client probe tcp 10.0.0.1 82
ip netns exec client probe tcp 10.0.0.1 80 --timeout 2
iptables -L -v -n
