# What the client's own INPUT sees of the host's answers: ICMP errors carry TOS 0xc0 (precedence internetwork control), RSTs from REJECT and echo replies do not; matched with -m tos, -m dscp, -m ttl, -m length.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
iptables -A INPUT -p udp --dport 60 -j REJECT
iptables -A INPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp --dport 82 -j REJECT --reject-with icmp-host-prohibited
ip netns exec client iptables -A INPUT -m tos --tos 0xc0/0xfc
ip netns exec client iptables -A INPUT -m dscp --dscp 0x30
ip netns exec client iptables -A INPUT -m dscp --dscp 0
ip netns exec client iptables -A INPUT -p icmp -m ttl --ttl-eq 64
ip netns exec client iptables -A INPUT -p tcp --tcp-flags RST RST -m ttl --ttl-eq 64
ip netns exec client iptables -A INPUT -p icmp -m length --length 0:60
ip netns exec client iptables -A INPUT -p icmp -m length --length 61:1500
ip netns exec client probe udp 10.0.0.1 60
ip netns exec client probe tcp 10.0.0.1 81
ip netns exec client probe tcp 10.0.0.1 82
ip netns exec client probe icmp 10.0.0.1
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client iptables -L INPUT -v -n -x
