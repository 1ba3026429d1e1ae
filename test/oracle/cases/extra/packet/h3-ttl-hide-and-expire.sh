# TTL games on a router: hide the hop with --ttl-inc, expire packets with --ttl-set 1, count TTLs at the server.
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
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
ip netns exec wan serve tcp 80 --name web
ip netns exec wan serve udp 53 --name dns
sysctl -w net.ipv4.ip_forward=1
ip netns exec wan iptables -N TTLS
ip netns exec wan iptables -A INPUT -s 192.168.1.10 -j TTLS
ip netns exec wan iptables -A TTLS -m ttl --ttl-eq 64 -j RETURN
ip netns exec wan iptables -A TTLS -m ttl --ttl-eq 63 -j RETURN
ip netns exec wan iptables -A TTLS -m ttl --ttl-eq 1 -j RETURN
ip netns exec wan iptables -A TTLS -m ttl --ttl-gt 64 -j RETURN
ip netns exec wan iptables -A TTLS -m ttl --ttl-lt 64 -j RETURN
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe icmp 203.0.113.1
iptables -t mangle -A PREROUTING -i lan0 -j TTL --ttl-inc 1
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe udp 203.0.113.1 53
iptables -t mangle -F PREROUTING
iptables -t mangle -A FORWARD -o wan0 -p udp -j TTL --ttl-set 1
ip netns exec lan probe udp 203.0.113.1 53
iptables -t mangle -A PREROUTING -i lan0 -p icmp -j TTL --ttl-set 1
iptables -t mangle -A PREROUTING -i lan0 -p tcp --dport 80 -j TTL --ttl-set 1
iptables -t mangle -A PREROUTING -i lan0 -p udp --dport 53 -j TTL --ttl-set 1
ip netns exec lan probe icmp 203.0.113.1
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan probe icmp 192.168.1.1
iptables -t mangle -A PREROUTING -i lan0 -p tcp --dport 81 -j TTL --ttl-dec 1
ip netns exec lan probe tcp 203.0.113.1 81
ip netns exec wan iptables -t mangle -A OUTPUT -d 192.168.1.10 -j TTL --ttl-set 200
ip netns exec lan iptables -A INPUT -m ttl --ttl-eq 199
ip netns exec lan iptables -A INPUT -m ttl --ttl-eq 63
iptables -t mangle -F
ip netns exec lan probe tcp 203.0.113.1 80
iptables -t mangle -A PREROUTING -i lan0 -j TTL --ttl-set 0
ip netns exec lan probe icmp 203.0.113.1
ip netns exec lan probe icmp 192.168.1.1
iptables -t mangle -L -v -x -n
ip netns exec wan iptables -L TTLS -v -x -n
ip netns exec lan iptables -L INPUT -v -x -n
ip netns exec wan iptables-save -c
