# /proc/net/nf_conntrack after NAT'd, dropped and refused flows (ports, ids and seconds left masked), and the count
ip netns add cli
ip netns add srv
ip link add v1 type veth peer name eth0
ip link set eth0 netns cli
ip link add v2 type veth peer name eth0
ip link set eth0 netns srv
ip addr add 10.0.1.1/24 dev v1
ip addr add 10.0.2.1/24 dev v2
ip link set v1 up
ip link set v2 up
ip netns exec cli ip addr add 10.0.1.2/24 dev eth0
ip netns exec cli ip link set eth0 up
ip netns exec cli ip link set lo up
ip netns exec cli ip route add default via 10.0.1.1
ip netns exec srv ip addr add 10.0.2.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip link set lo up
ip netns exec srv ip route add default via 10.0.2.1
ip netns exec srv serve tcp 8080
ip netns exec srv serve udp 5353
cat /proc/net/nf_conntrack; echo rc=$?
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.2.2:8080
iptables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.0.2.2:5353
iptables -t nat -A POSTROUTING -o v2 -j MASQUERADE
iptables -t mangle -A PREROUTING -p udp -j CONNMARK --set-mark 7
iptables -A FORWARD -p udp --dport 9999 -j DROP
ip netns exec cli probe tcp 10.0.1.1 80
ip netns exec cli probe udp 10.0.1.1 53
ip netns exec cli probe udp 10.0.2.2 9999
ip netns exec cli probe icmp 10.0.2.2
ip netns exec cli probe udp 10.0.2.2 7777
ip netns exec cli probe tcp 10.0.2.2 81
sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
cat /proc/sys/net/netfilter/nf_conntrack_count
grep -c . /proc/net/nf_conntrack
awk '{print $3}' /proc/net/nf_conntrack | sort | uniq -c
grep -c UNREPLIED /proc/net/nf_conntrack
grep ASSURED /proc/net/nf_conntrack | awk '{print $3, $6}'
grep -o 'mark=[0-9]*' /proc/net/nf_conntrack | sort | uniq -c
ip netns exec srv cat /proc/net/nf_conntrack
ip netns exec srv cat /proc/sys/net/netfilter/nf_conntrack_count
head -2 /proc/net/stat/nf_conntrack | cut -c1-8
