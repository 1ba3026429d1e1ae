# Legacy twins of the packet corpus: DNAT port forward, MASQUERADE, host firewall with conntrack, counters in -L -v -x and legacy-save -c; a legacy rule next to an nft one.
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
serve tcp 22 --name node
sysctl -w net.ipv4.ip_forward=1
iptables-legacy -t nat -A PREROUTING -i vcli -p tcp --dport 8080 -j DNAT --to-destination 10.10.0.2:80
iptables-legacy -t nat -A POSTROUTING -o vbe -j MASQUERADE
ip netns exec client probe tcp 192.168.100.1 8080
iptables-legacy -P FORWARD DROP
ip netns exec client probe tcp 192.168.100.1 8080
iptables-legacy -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables-legacy -A FORWARD -i vcli -o vbe -p tcp --dport 80 -j ACCEPT
ip netns exec client probe tcp 192.168.100.1 8080
iptables-legacy -P INPUT DROP
iptables-legacy -A INPUT -p tcp --dport 22 -j ACCEPT
ip netns exec client probe tcp 192.168.100.1 22
probe udp 10.10.0.2 53
iptables-legacy -I INPUT -m state --state ESTABLISHED -j ACCEPT
probe udp 10.10.0.2 53
iptables -A FORWARD -p tcp --dport 80 -j REJECT --reject-with tcp-reset
ip netns exec client probe tcp 192.168.100.1 8080
iptables -D FORWARD 1
iptables -I INPUT -p tcp --dport 22 -j DROP
ip netns exec client probe tcp 192.168.100.1 22
iptables-legacy -L -v -n -x
iptables-legacy -t nat -L -v -n
iptables-legacy-save -c
iptables-save -c
