# Firewalls inside the namespaces too: the client's own OUTPUT and INPUT, the backend's INPUT policy, and the router in between; counters in each namespace.
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
ip netns exec backend serve tcp 443
ip netns exec backend serve udp 53
sysctl -w net.ipv4.ip_forward=1
ip netns exec backend iptables -P INPUT DROP
ip netns exec backend iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec backend iptables -A INPUT -s 192.168.100.0/24 -p tcp -m multiport --dports 80,443 -j ACCEPT
ip netns exec client probe tcp 10.10.0.2 80
ip netns exec client probe udp 10.10.0.2 53
ip netns exec client iptables -A OUTPUT -p tcp --dport 443 -j REJECT --reject-with tcp-reset
ip netns exec client probe tcp 10.10.0.2 443
ip netns exec client iptables -P INPUT DROP
ip netns exec client probe tcp 10.10.0.2 80
ip netns exec client iptables -A INPUT -m state --state ESTABLISHED -j ACCEPT
ip netns exec client probe tcp 10.10.0.2 80
iptables -t nat -A POSTROUTING -o vbe -j MASQUERADE
ip netns exec client probe tcp 10.10.0.2 80
ip netns exec backend iptables -L INPUT -v -n
ip netns exec client iptables-save -c
iptables-save -c
ip netns exec backend iptables-save -c -t nat
