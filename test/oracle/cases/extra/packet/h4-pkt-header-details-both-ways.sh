# Header details of each packet of a probe exchange, counted in both directions: TCP options per segment type and MSS values on veth and lo.
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
iptables -A INPUT -p udp --dport 54 -j REJECT
iptables -N OPTS
iptables -A INPUT -j OPTS
iptables -A OUTPUT -j OPTS
iptables -A OPTS -p tcp --tcp-flags SYN,ACK SYN --tcp-option 3
iptables -A OPTS -p tcp --tcp-flags SYN,ACK SYN,ACK --tcp-option 4
iptables -A OPTS -p tcp --tcp-flags SYN,ACK,RST ACK --tcp-option 8
iptables -A OPTS -p tcp --tcp-flags RST RST ! --tcp-option 8
iptables -A OPTS -p tcp --tcp-flags SYN SYN ! --tcp-option 1
iptables -A OPTS -p tcp -m tcpmss --mss 1460
iptables -A OPTS -p tcp -m tcpmss --mss 65495
iptables -A OPTS -p tcp -m tcpmss --mss 1:1459
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 54
ip netns exec client probe icmp 10.0.0.1
probe tcp 127.0.0.1 80
iptables -L OPTS -v -n -x
