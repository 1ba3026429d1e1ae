# Router rules that hit the reply direction: REJECT of the server's SYN-ACK or UDP answer, DROP of replies with ctdir REPLY, and what the client and server each see.
ip netns add client
ip netns add backend
ip link add vcli type veth peer name eth0
ip link set eth0 netns client
ip link add vbe type veth peer name eth0
ip link set eth0 netns backend
ip addr add 192.168.100.1/24 dev vcli
ip addr add 10.10.0.1/24 dev vbe
ip link set vcli up
ip link set vbe up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 192.168.100.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec backend ip link set lo up
ip netns exec backend ip addr add 10.10.0.2/24 dev eth0
ip netns exec backend ip link set eth0 up
ip netns exec backend ip route add default via 10.10.0.1
ip netns exec client ip route add default via 192.168.100.1
ip netns exec backend serve tcp 80
ip netns exec backend serve udp 53
sysctl -w net.ipv4.ip_forward=1
iptables -A FORWARD -s 10.10.0.2 -p tcp --sport 80 -j REJECT --reject-with tcp-reset
ip netns exec client probe tcp 10.10.0.2 80
iptables -R FORWARD 1 -s 10.10.0.2 -p udp --sport 53 -j REJECT
ip netns exec client probe udp 10.10.0.2 53
ip netns exec client probe tcp 10.10.0.2 80
iptables -R FORWARD 1 -m conntrack --ctdir REPLY -p udp -j DROP
ip netns exec client probe udp 10.10.0.2 53
iptables -R FORWARD 1 -i vbe -p tcp --tcp-flags SYN,ACK SYN,ACK -j REJECT --reject-with icmp-host-unreachable
ip netns exec client probe tcp 10.10.0.2 80
ip netns exec backend probe tcp 192.168.100.2 22
iptables -L FORWARD -v -n
iptables-save -c -t filter
