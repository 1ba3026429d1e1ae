# TCP flags of each kind of reset, counted where they arrive: REJECT --reject-with tcp-reset answering a SYN, the kernel's reset for a closed port, the probe's abortive close; and the flags of a SYN-ACK and the data segment.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
iptables -A INPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset
ip netns exec client iptables -A INPUT -p tcp --tcp-flags ALL RST,ACK
ip netns exec client iptables -A INPUT -p tcp --tcp-flags ALL RST
ip netns exec client iptables -A INPUT -p tcp --tcp-flags ALL SYN,ACK
ip netns exec client iptables -A INPUT -p tcp --tcp-flags ALL PSH,ACK
ip netns exec client iptables -A INPUT -p tcp --tcp-flags ALL ACK
ip netns exec client iptables -A OUTPUT -p tcp --tcp-flags ALL RST,ACK
ip netns exec client iptables -A OUTPUT -p tcp --tcp-flags ALL RST
ip netns exec client iptables -A OUTPUT -p tcp --tcp-flags ALL SYN
ip netns exec client iptables -A OUTPUT -p tcp --tcp-flags ALL ACK
ip netns exec client iptables -A OUTPUT -p tcp --tcp-flags ALL PSH,ACK
ip netns exec client probe tcp 10.0.0.1 81
ip netns exec client probe tcp 10.0.0.1 82
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client iptables -L -v -n -x
iptables -A INPUT -p tcp --tcp-flags ALL RST,ACK
iptables -A INPUT -p tcp --tcp-flags ALL RST
ip netns exec client serve tcp 90
probe tcp 10.0.0.2 90
probe tcp 10.0.0.2 91
iptables -L INPUT -v -n -x
