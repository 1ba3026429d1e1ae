# "Allow SSH only from one IP" guide with two clients: accept-then-drop, the -I slip that locks the admin out, a range reject for the web port, a comma list of sources and its delete
ip netns add admin
ip netns add other
ip link add va type veth peer name eth0
ip link set eth0 netns admin
ip link add vo type veth peer name eth0
ip link set eth0 netns other
ip addr add 10.0.1.1/24 dev va
ip addr add 10.0.2.1/24 dev vo
ip link set va up
ip link set vo up
ip netns exec admin ip addr add 10.0.1.2/24 dev eth0
ip netns exec admin ip link set eth0 up
ip netns exec admin ip link set lo up
ip netns exec admin ip route add default via 10.0.1.1
ip netns exec other ip addr add 10.0.2.2/24 dev eth0
ip netns exec other ip link set eth0 up
ip netns exec other ip link set lo up
ip netns exec other ip route add default via 10.0.2.1
serve tcp 22
serve tcp 80
iptables -A INPUT -p tcp -s 10.0.1.2 --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j DROP
ip netns exec admin probe tcp 10.0.1.1 22
ip netns exec other probe tcp 10.0.2.1 22 --timeout 0.3
ip netns exec other probe tcp 10.0.1.1 22 --timeout 0.3
ip netns exec other probe tcp 10.0.2.1 80
iptables -I INPUT -p tcp --dport 22 -j DROP
ip netns exec admin probe tcp 10.0.1.1 22 --timeout 0.3
iptables -D INPUT 1
ip netns exec admin probe tcp 10.0.1.1 22
iptables -A INPUT -m iprange --src-range 10.0.2.1-10.0.2.10 -p tcp --dport 80 -j REJECT
ip netns exec other probe tcp 10.0.2.1 80
ip netns exec admin probe tcp 10.0.2.1 80
iptables -A INPUT -s 10.0.1.2,10.0.2.2 -p icmp -j DROP
ip netns exec admin probe icmp 10.0.1.1 --timeout 0.3
ip netns exec other probe icmp 10.0.2.1 --timeout 0.3
iptables -L INPUT -v -n --line-numbers
iptables -S INPUT
iptables -D INPUT -s 10.0.1.2,10.0.2.2 -p icmp -j DROP
iptables -D INPUT -s 10.0.1.2,10.0.2.2 -p icmp -j DROP
ip netns exec other probe icmp 10.0.2.1
iptables -I INPUT -s 10.0.2.2 -j REJECT --reject-with icmp-host-prohibited
ip netns exec other probe tcp 10.0.2.1 80
ip netns exec other probe udp 10.0.2.1 53
iptables -L INPUT -v -n
