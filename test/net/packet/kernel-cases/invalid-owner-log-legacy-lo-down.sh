ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
serve udp 53 --name host
iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
iptables -A INPUT -m conntrack --ctstate NEW -p tcp
iptables -A OUTPUT -m owner --uid-owner 0 -p tcp
iptables -A OUTPUT -m owner --uid-owner 1000 -p tcp
iptables -A INPUT -j LOG --log-prefix "IN: "
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe icmp 10.0.0.1
sysctl net.netfilter.nf_conntrack_count
ip netns exec client probe tcp 10.0.0.1 80
iptables-legacy -A INPUT -p tcp -j DROP
ip netns exec client probe tcp 10.0.0.1 80
iptables-legacy -F INPUT
iptables-legacy -A INPUT -p icmp
ip netns exec client probe icmp 10.0.0.1
iptables-save -c
iptables-legacy-save -c
ip link set lo down
probe tcp 10.0.0.1 80
probe udp 127.0.0.1 53
probe icmp 127.0.0.1
ip link set lo up
probe tcp 10.0.0.1 80
