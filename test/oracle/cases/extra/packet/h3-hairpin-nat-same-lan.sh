# Port forward to a LAN web server, then reach it by the public address from the same LAN (hairpin NAT).
# The LAN is a plain bridge inside the "sw" namespace, so client and server share one L2 segment.
ip netns add sw
ip netns add client
ip netns add web
ip netns add wan
ip netns exec sw ip link add br0 type bridge
ip netns exec sw ip link set br0 up
ip link add lan0 type veth peer name trunk netns sw
ip netns exec sw ip link add c0 type veth peer name eth0 netns client
ip netns exec sw ip link add s0 type veth peer name eth0 netns web
ip netns exec sw ip link set trunk master br0
ip netns exec sw ip link set c0 master br0
ip netns exec sw ip link set s0 master br0
ip netns exec sw ip link set trunk up
ip netns exec sw ip link set c0 up
ip netns exec sw ip link set s0 up
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 192.168.1.10/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 192.168.1.1
ip netns exec web ip link set lo up
ip netns exec web ip addr add 192.168.1.20/24 dev eth0
ip netns exec web ip link set eth0 up
ip netns exec web ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec web serve tcp 80 --name web
ip netns exec web serve udp 53 --name dns
sysctl -w net.ipv4.ip_forward=1
iptables -P FORWARD DROP
iptables -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate DNAT -j ACCEPT
iptables -A FORWARD -i lan0 -o wan0 -j ACCEPT
iptables -t nat -A PREROUTING -d 203.0.113.2/32 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.168.1.20:80
iptables -t nat -A PREROUTING -d 203.0.113.2/32 -p udp -m udp --dport 53 -j DNAT --to-destination 192.168.1.20
iptables -t nat -A POSTROUTING -o wan0 -j MASQUERADE
ip netns exec wan probe tcp 203.0.113.2 8080
ip netns exec wan probe udp 203.0.113.2 53
ip netns exec client probe tcp 192.168.1.20 80
ip netns exec client probe tcp 203.0.113.2 8080
ip netns exec client probe udp 203.0.113.2 53
iptables -t nat -A POSTROUTING -s 192.168.1.0/24 -d 192.168.1.20/32 -m conntrack --ctstate DNAT -j MASQUERADE
ip netns exec client probe tcp 203.0.113.2 8080
ip netns exec client probe udp 203.0.113.2 53
ip netns exec web probe tcp 203.0.113.2 8080
probe tcp 203.0.113.2 8080
iptables -t nat -A OUTPUT -d 203.0.113.2/32 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.168.1.20:80
probe tcp 203.0.113.2 8080
iptables -L FORWARD -v -x -n --line-numbers
iptables -t nat -L -v -x -n
iptables-save -c -t nat
