# Names in rules: localhost for -s/-d (resolved once, when the rule is added), service names for ports, protocol names and numbers; listings with and without -n.
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
iptables -A INPUT -s localhost -p tcp --dport http -j ACCEPT
iptables -A INPUT -p tcp --dport www -j REJECT --reject-with tcp-reset
iptables -A INPUT -p 17 --dport domain -s localhost -j ACCEPT
iptables -A INPUT -p udp --dport 53 -j DROP
iptables -A OUTPUT -d localhost -p icmp -j ACCEPT
probe tcp 127.0.0.1 80
probe tcp 10.0.0.1 80
probe udp 127.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe tcp 10.0.0.1 80
probe icmp localhost
probe tcp localhost 80
iptables -L -v
iptables -L -v -n
iptables -S
