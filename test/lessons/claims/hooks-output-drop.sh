# lesson: hooks
# claim: a forwarded SYN dropped in FORWARD counts 1 packet of 60 bytes; a locally generated TCP connect dropped in OUTPUT times out, UDP gets EPERM at once.
# shows: {"result": "timeout"}
# shows: {"result": "denied"}
# shows: 1    60 DROP
ip netns add client
ip netns add server
ip link add veth0 type veth peer name eth0 netns client
ip link add veth1 type veth peer name eth0 netns server
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip -n client addr add 10.0.0.2/24 dev eth0
ip -n client link set eth0 up
ip -n client link set lo up
ip -n client route add default via 10.0.0.1
ip -n server addr add 10.0.1.2/24 dev eth0
ip -n server link set eth0 up
ip -n server link set lo up
ip -n server route add default via 10.0.1.1
ip netns exec server serve tcp 80
ip netns exec server serve udp 53
sysctl -w net.ipv4.ip_forward=1
iptables -A FORWARD -p tcp --dport 80 -j DROP
ip netns exec client probe tcp 10.0.1.2 80
iptables -L FORWARD -n -v
iptables -A OUTPUT -p tcp --dport 80 -j DROP
iptables -A OUTPUT -p udp --dport 53 -j DROP
probe tcp 10.0.1.2 80
probe udp 10.0.1.2 53
iptables -L OUTPUT -n -v
