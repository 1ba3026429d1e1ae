# REJECT in the sender's own OUTPUT: the send fails (denied) and the ICMP error still loops back through lo, counted in PREROUTING/INPUT
ip netns add c
ip link add veth0 type veth peer name eth0 netns c
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec c ip link set lo up
ip netns exec c ip addr add 10.0.0.2/24 dev eth0
ip netns exec c ip link set eth0 up
ip netns exec c serve udp 53
iptables -I OUTPUT 1 -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-net-unreachable
iptables -I OUTPUT 2 -p udp --dport 53 -j REJECT
iptables -A OUTPUT -p icmp
iptables -t raw -A PREROUTING -p icmp
iptables -A INPUT -p icmp -m conntrack --ctstate RELATED
iptables -A INPUT -p icmp
probe icmp 127.0.0.1
probe udp 127.0.0.1 53
probe udp 10.0.0.2 53
probe icmp 10.0.0.2
iptables-save -c
iptables -A OUTPUT -m state --state NEW -j DROP
probe icmp 10.0.0.2
iptables -L INPUT -n -v -x
