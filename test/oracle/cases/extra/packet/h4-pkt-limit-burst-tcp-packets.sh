# Sibling of limit-match-burst over TCP: the limit counts every packet, so the burst runs out in the middle of the second connection (handshake done, data never accepted); the --syn form counts connections.
ip netns add client
ip netns add client2
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip link add veth1 type veth peer name eth0
ip link set eth0 netns client2
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client2 ip addr add 10.0.1.2/24 dev eth0
ip netns exec client2 ip link set eth0 up
ip netns exec client2 ip link set lo up
serve tcp 80 --name host
iptables -P INPUT DROP
iptables -A INPUT -s 10.0.0.2 -p tcp --dport 80 -m limit --limit 1/minute --limit-burst 5 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
iptables -A INPUT -s 10.0.1.2 -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A INPUT -s 10.0.1.2 -p tcp --syn --dport 80 -m limit --limit 1/hour --limit-burst 2 -j ACCEPT
ip netns exec client2 probe tcp 10.0.1.1 80
ip netns exec client2 probe tcp 10.0.1.1 80
ip netns exec client2 probe tcp 10.0.1.1 80
iptables -L INPUT -v -n -x
