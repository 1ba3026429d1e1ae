# Asymmetric routing: requests cross this router, replies come back through r2. The router's conntrack
# sees half of each TCP handshake, so a common "ctstate INVALID -j DROP" breaks TCP but not UDP/ICMP.
# (FORWARD counters are left out: one 52-byte packet per run counts as NEW or as INVALID, varying run to run.)
ip netns add lan
ip netns add srv
ip netns add r2
ip link add lan0 type veth peer name eth0 netns lan
ip link add srv0 type veth peer name eth0 netns srv
ip netns exec r2 ip link add c type veth peer name eth1 netns lan
ip netns exec r2 ip link add s type veth peer name eth1 netns srv
ip addr add 192.168.1.1/24 dev lan0
ip addr add 10.9.0.1/24 dev srv0
ip link set lan0 up
ip link set srv0 up
ip netns exec r2 ip link set lo up
ip netns exec r2 ip addr add 192.168.2.1/24 dev c
ip netns exec r2 ip addr add 10.8.0.1/24 dev s
ip netns exec r2 ip link set c up
ip netns exec r2 ip link set s up
ip netns exec r2 ip route add 192.168.1.10/32 dev c
ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip addr add 192.168.2.10/24 dev eth1
ip netns exec lan ip link set eth0 up
ip netns exec lan ip link set eth1 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec srv ip link set lo up
ip netns exec srv ip addr add 10.9.0.10/24 dev eth0
ip netns exec srv ip addr add 10.8.0.10/24 dev eth1
ip netns exec srv ip link set eth0 up
ip netns exec srv ip link set eth1 up
ip netns exec srv ip route add 192.168.1.0/24 via 10.8.0.1
ip netns exec srv serve tcp 80 --name web
ip netns exec srv serve udp 53 --name dns
sysctl -w net.ipv4.ip_forward=1
ip netns exec lan probe tcp 10.9.0.10 80
iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate NEW -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate UNTRACKED -j ACCEPT
ip netns exec lan probe tcp 10.9.0.10 80
ip netns exec lan probe udp 10.9.0.10 53
ip netns exec lan probe icmp 10.9.0.10
sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=1
ip netns exec lan probe tcp 10.9.0.10 80
sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=0
iptables -t raw -A PREROUTING -i lan0 -p tcp --dport 80 -j CT --notrack
ip netns exec lan probe tcp 10.9.0.10 80
iptables -L FORWARD -n
iptables -t raw -L PREROUTING -v -x -n
