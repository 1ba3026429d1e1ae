# Conntrack entries after a port forward with MASQUERADE (TCP, UDP, ICMP), masked as /proc/net/nf_conntrack prints them, in the router and in the backend.
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
iptables -t nat -A PREROUTING -i vcli -p tcp --dport 8080 -j DNAT --to-destination 10.10.0.2:80
iptables -t nat -A PREROUTING -i vcli -p udp --dport 53 -j DNAT --to-destination 10.10.0.2
iptables -t nat -A PREROUTING -i vcli -p icmp -j DNAT --to-destination 10.10.0.2
iptables -t nat -A POSTROUTING -o vbe -j MASQUERADE
ip netns exec client probe tcp 192.168.100.1 8080
ip netns exec client probe udp 192.168.100.1 53
ip netns exec client probe icmp 192.168.100.1
ip netns exec client probe udp 192.168.100.1 54
sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
cat /proc/sys/net/netfilter/nf_conntrack_count
grep -c ASSURED /proc/net/nf_conntrack
ip netns exec backend cat /proc/net/nf_conntrack; echo rc=$?
ip netns exec backend iptables -A INPUT -m conntrack --ctstate NEW
ip netns exec client probe udp 192.168.100.1 53
ip netns exec backend sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
