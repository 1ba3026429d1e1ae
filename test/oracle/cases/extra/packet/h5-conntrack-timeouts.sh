# nf_conntrack_*_timeout sysctls set how long entries live; reading /proc/net/nf_conntrack reaps expired ones (and the count follows)
ip netns add srv
ip link add v1 type veth peer name eth0
ip link set eth0 netns srv
ip addr add 10.0.0.1/24 dev v1
ip link set v1 up
ip netns exec srv ip addr add 10.0.0.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip link set lo up
ip netns exec srv serve udp 53
ip netns exec srv serve tcp 80
iptables -A OUTPUT -m conntrack --ctstate NEW -j ACCEPT
sysctl -w net.netfilter.nf_conntrack_udp_timeout=4 net.netfilter.nf_conntrack_icmp_timeout=2 net.netfilter.nf_conntrack_tcp_timeout_close=6
probe udp 10.0.0.2 53
probe icmp 10.0.0.2
probe tcp 10.0.0.2 80
awk '{print $3}' /proc/net/nf_conntrack | sort
cat /proc/sys/net/netfilter/nf_conntrack_count
sleep 2.5
awk '{print $3}' /proc/net/nf_conntrack | sort
cat /proc/sys/net/netfilter/nf_conntrack_count
probe udp 10.0.0.2 53
awk '{print $3}' /proc/net/nf_conntrack | sort
sleep 4.5
awk '{print $3}' /proc/net/nf_conntrack | sort
cat /proc/sys/net/netfilter/nf_conntrack_count
sysctl net.netfilter.nf_conntrack_udp_timeout net.netfilter.nf_conntrack_tcp_timeout_established
