# A server answers an ECN-setup SYN with ECE only when the SYN itself is not ECT
# (tcp_ecn_create_request): a SYN whose ECN bits a middlebox set gets a plain SYN-ACK.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
serve tcp 22 --name sshd
ip netns exec client sysctl -w net.ipv4.tcp_ecn=1
ip netns exec client iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -m ecn --ecn-tcp-ece
ip netns exec client iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK
iptables -A INPUT -p tcp --syn -m ecn --ecn-ip-ect 0
iptables -A INPUT -p tcp --syn -m ecn --ecn-ip-ect 1
iptables -A INPUT -p tcp --syn -m ecn --ecn-ip-ect 2
iptables -A INPUT -p tcp --syn -m ecn --ecn-ip-ect 3
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client iptables -t mangle -A OUTPUT -p tcp --syn -j TOS --set-tos 0x02/0x03
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client iptables -t mangle -R OUTPUT 1 -p tcp --syn -j TOS --set-tos 0x01/0x03
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client iptables -t mangle -R OUTPUT 1 -p tcp --syn -j TOS --set-tos 0x03/0x03
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client iptables -t mangle -R OUTPUT 1 -p tcp --syn -j TOS --set-tos 0x10/0x03
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client iptables -L INPUT -v -x -n
iptables -L INPUT -v -x -n
