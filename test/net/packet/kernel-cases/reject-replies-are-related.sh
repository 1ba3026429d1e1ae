ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
iptables -A INPUT -p tcp --dport 82 -j REJECT
iptables -A INPUT -p udp --dport 82 -j REJECT
iptables -A OUTPUT -m conntrack --ctstate RELATED
iptables -A OUTPUT -m conntrack --ctstate INVALID
iptables -A OUTPUT -m conntrack --ctstate NEW
iptables -A OUTPUT -m conntrack --ctstate ESTABLISHED
iptables -A OUTPUT -m conntrack --ctstate UNTRACKED
ip netns exec client probe tcp 10.0.0.1 82
ip netns exec client probe udp 10.0.0.1 82
ip netns exec client probe udp 10.0.0.1 83
ip netns exec client probe tcp 10.0.0.1 83
iptables -L OUTPUT -v -n
