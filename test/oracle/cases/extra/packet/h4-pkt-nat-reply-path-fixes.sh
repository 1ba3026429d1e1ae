# Siblings of conntrack-nat-reply-translation: the SNAT fix, the routing fix, the wrong fix (MASQUERADE on the client side).
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
ip link add dcli type veth peer name dbe
ip link set dcli netns client
ip link set dbe netns backend
ip netns exec client ip addr add 172.16.0.1/24 dev dcli
ip netns exec client ip link set dcli up
ip netns exec backend ip addr add 172.16.0.2/24 dev dbe
ip netns exec backend ip link set dbe up
ip netns exec backend ip route add 192.168.100.0/24 via 172.16.0.1
ip netns exec backend serve tcp 80
ip netns exec backend serve udp 53
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -d 192.168.100.1 -p tcp --dport 80 -j DNAT --to-destination 10.10.0.2
iptables -t nat -A PREROUTING -d 192.168.100.1 -p udp --dport 53 -j DNAT --to-destination 10.10.0.2
iptables -t nat -A POSTROUTING -o vcli -j MASQUERADE
ip netns exec client probe tcp 192.168.100.1 80
ip netns exec client probe udp 192.168.100.1 53
iptables -t nat -A POSTROUTING -o vbe -j SNAT --to-source 10.10.0.1
ip netns exec client probe tcp 192.168.100.1 80
ip netns exec client probe udp 192.168.100.1 53
iptables -t nat -D POSTROUTING -o vbe -j SNAT --to-source 10.10.0.1
ip netns exec backend ip route replace 192.168.100.0/24 via 10.10.0.1
ip netns exec client probe tcp 192.168.100.1 80
ip netns exec client probe udp 192.168.100.1 53
ip netns exec backend ip route del 192.168.100.0/24
ip netns exec client probe tcp 192.168.100.1 80
iptables-save -c -t nat
