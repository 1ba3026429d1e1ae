# TPROXY without a transparent listener drops the packet (serve's sockets are not IP_TRANSPARENT).
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 8080 --name host
serve tcp 8081 --name host
iptables -t mangle -A PREROUTING -p tcp --dport 8080 -j TPROXY --on-port 8081 --tproxy-mark 0x1/0x1
iptables -A INPUT -p tcp --dport 8081 -m mark --mark 0x1
ip netns exec client probe tcp 10.0.0.1 8080
ip netns exec client probe tcp 10.0.0.1 8081
iptables-save -c -t mangle
iptables-save -c -t filter
