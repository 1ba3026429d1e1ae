# Wrong fixes: iptables -F leaves the nat table (the port forward still works), -X with chains still referenced, -P on a user chain, -t nat -F then traffic, iptables-save > file and restore with --noflush doubling rules.
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
ip netns exec backend serve tcp 80
ip netns exec backend serve udp 53
sysctl -w net.ipv4.ip_forward=1
iptables -N FWD-IN
iptables -A FORWARD -j FWD-IN
iptables -A FWD-IN -p udp -j DROP
iptables -t nat -N PORTFWD
iptables -t nat -A PREROUTING -j PORTFWD
iptables -t nat -A PORTFWD -p tcp --dport 8080 -j DNAT --to-destination 10.10.0.2:80
iptables -t nat -A PORTFWD -p udp --dport 53 -j DNAT --to-destination 10.10.0.2
ip netns exec client probe tcp 192.168.100.1 8080
ip netns exec client probe udp 192.168.100.1 53
iptables -X
iptables -P FWD-IN DROP
iptables -F
ip netns exec client probe udp 192.168.100.1 53
iptables -X
iptables -t nat -X
iptables -t nat -F PREROUTING
iptables -t nat -X
ip netns exec client probe tcp 192.168.100.1 8080
iptables-save > /tmp/rules.v4
iptables -t nat -A PREROUTING -p tcp --dport 8081 -j DNAT --to-destination 10.10.0.2:80
iptables-restore --noflush < /tmp/rules.v4
iptables-restore --noflush < /tmp/rules.v4
iptables -t nat -S
ip netns exec client probe tcp 192.168.100.1 8081
iptables-save -c -t nat
