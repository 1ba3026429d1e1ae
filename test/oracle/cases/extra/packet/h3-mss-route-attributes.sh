# MSS from route attributes: a client route with advmss, a router route with mtu, and TCPMSS
# --clamp-mss-to-pmtu following the route's MTU rather than the link's. Counted at the server.
ip netns add lan
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
ip netns exec lan ip route add default via 192.168.1.1 advmss 1000
ip netns exec wan serve tcp 80 --name web
ip netns exec wan serve tcp 81 --name web81
sysctl -w net.ipv4.ip_forward=1
ip netns exec wan iptables -N M
ip netns exec wan iptables -A INPUT -p tcp --syn -j M
ip netns exec wan iptables -A M -p tcp -m tcpmss --mss 1460
ip netns exec wan iptables -A M -p tcp -m tcpmss --mss 1000
ip netns exec wan iptables -A M -p tcp -m tcpmss --mss 900
ip netns exec wan iptables -A M -p tcp -m tcpmss --mss 1260
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan ip route change default via 192.168.1.1
ip netns exec lan probe tcp 203.0.113.1 80
ip route add 203.0.113.1/32 dev wan0 mtu 1300
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan ip route change default via 192.168.1.1 advmss 900
ip netns exec lan probe tcp 203.0.113.1 81
ip route show
ip netns exec lan ip route show
ip netns exec wan iptables -L M -v -x -n
iptables -t mangle -L FORWARD -v -x -n
