# br_netfilter: DNAT of a frame for the bridge to a host behind the same bridge bridges it on (TTL kept, no redirect; FORWARD still counts it); a plain packet routed back out the bridge is IP-forwarded (TTL-1, ICMP redirect)
ip netns add a
ip netns add b
ip link add br0 type bridge
ip addr add 10.3.0.254/24 dev br0
ip link set br0 up
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link set va master br0
ip link set vb master br0
ip link set va up
ip link set vb up
ip netns exec a ip link set lo up
ip netns exec a ip addr add 10.3.0.1/24 dev eth0
ip netns exec a ip link set eth0 up
ip netns exec a ip route add default via 10.3.0.254
ip netns exec b ip link set lo up
ip netns exec b ip addr add 10.3.0.2/24 dev eth0
ip netns exec b ip link set eth0 up
ip netns exec b ip route add default via 10.3.0.254
ip netns add c
ip link add vc type veth peer name eth0 netns c
ip addr add 10.0.1.1/24 dev vc
ip link set vc up
ip netns exec c ip link set lo up
ip netns exec c ip addr add 10.0.1.2/24 dev eth0
ip netns exec c ip link set eth0 up
ip netns exec c ip route add default via 10.0.1.1
sysctl -w net.ipv4.ip_forward=1
ip netns exec a serve tcp 80
ip netns exec b serve tcp 80
ip netns exec b serve udp 53
iptables -t raw -A OUTPUT -p icmp --icmp-type redirect
iptables -A FORWARD -m ttl --ttl-eq 64
iptables -A FORWARD -m ttl --ttl-eq 63
iptables -t mangle -A POSTROUTING -o br0 -m ttl --ttl-eq 64
iptables -t mangle -A POSTROUTING -o br0 -m ttl --ttl-eq 63
ip netns exec b iptables -A INPUT -m ttl --ttl-eq 64
ip netns exec b iptables -A INPUT -m ttl --ttl-eq 63
iptables -t nat -A PREROUTING -d 10.3.0.254 -p tcp --dport 8443 -j DNAT --to-destination 10.3.0.2:80
ip netns exec a probe tcp 10.3.0.254 8443
iptables-save -c
ip netns exec b iptables-save -c
ip netns exec a ip route add 10.7.0.0/24 via 10.3.0.254
ip route add 10.7.0.0/24 via 10.3.0.2
ip netns exec a probe udp 10.7.0.1 53
iptables-save -c
ip netns exec b iptables-save -c
