# A host with OUTPUT DROP: what its own REJECTs, replies and pings become.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 22 --name ssh
serve udp 53 --name dns
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 23 -j REJECT --reject-with tcp-reset
iptables -A INPUT -p udp --dport 69 -j REJECT
iptables -A INPUT -p icmp -j ACCEPT
iptables -A OUTPUT -o lo -j ACCEPT
iptables -A OUTPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A OUTPUT -m conntrack --ctstate UNTRACKED -j LOG --log-prefix "out-untracked "
iptables -A OUTPUT -m conntrack --ctstate RELATED -j LOG --log-prefix "out-related "
iptables -A OUTPUT -m conntrack --ctstate INVALID -j LOG --log-prefix "out-invalid "
iptables -A OUTPUT -p tcp --tcp-flags RST RST -j LOG --log-prefix "out-rst "
iptables -P OUTPUT DROP
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 23
ip netns exec client probe udp 10.0.0.1 69
ip netns exec client probe tcp 10.0.0.1 25
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 54
ip netns exec client probe icmp 10.0.0.1
probe icmp 10.0.0.2
probe tcp 127.0.0.1 22
iptables -A OUTPUT -p tcp --tcp-flags RST RST -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type destination-unreachable -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 23
ip netns exec client probe tcp 10.0.0.1 25
ip netns exec client probe udp 10.0.0.1 69
ip netns exec client probe udp 10.0.0.1 54
iptables -L OUTPUT -v -x -n
iptables -L INPUT -v -x -n
