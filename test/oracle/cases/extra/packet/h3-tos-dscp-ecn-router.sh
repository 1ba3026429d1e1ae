# QoS marks across a router: DSCP/TOS set in mangle, routing by TOS (ip rule tos), ECN negotiation
# bits stripped by the ECN target, all counted at the server with dscp/tos/ecn matches.
ip netns add client
ip netns add srv
ip netns add alt
ip link add c0 type veth peer name eth0 netns client
ip link add s0 type veth peer name eth0 netns srv
ip link add a0 type veth peer name eth0 netns alt
ip addr add 10.0.1.1/24 dev c0
ip addr add 10.0.2.1/24 dev s0
ip addr add 10.0.3.1/24 dev a0
ip link set c0 up
ip link set s0 up
ip link set a0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.1.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 10.0.1.1
ip netns exec srv ip link set lo up
ip netns exec srv ip addr add 10.0.2.2/24 dev eth0
ip netns exec srv ip addr add 192.0.2.1/32 dev lo
ip netns exec srv ip link set eth0 up
ip netns exec srv ip route add default via 10.0.2.1
ip netns exec alt ip link set lo up
ip netns exec alt ip addr add 10.0.3.2/24 dev eth0
ip netns exec alt ip addr add 192.0.2.1/32 dev lo
ip netns exec alt ip link set eth0 up
ip netns exec alt ip route add default via 10.0.3.1
ip netns exec srv serve tcp 80 --name srv
ip netns exec alt serve tcp 80 --name alt
ip netns exec srv serve tcp 22 --name srv-ssh
ip netns exec alt serve tcp 22 --name alt-ssh
sysctl -w net.ipv4.ip_forward=1
ip route add 192.0.2.1/32 via 10.0.2.2
ip route add 192.0.2.1/32 via 10.0.3.2 table 50
ip rule add tos 0x10 lookup 50
ip netns exec srv iptables -A INPUT -p tcp --syn -m dscp --dscp 0
ip netns exec srv iptables -A INPUT -p tcp --syn -m dscp --dscp-class EF
ip netns exec srv iptables -A INPUT -p tcp --syn -m tos --tos Minimize-Delay
ip netns exec srv iptables -A INPUT -p tcp --syn -m ecn --ecn-tcp-ece --ecn-tcp-cwr
ip netns exec srv iptables -A INPUT -p tcp --syn -m ecn ! --ecn-tcp-ece
ip netns exec srv iptables -A INPUT -p tcp -m ecn --ecn-ip-ect 0
ip netns exec client iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -m ecn --ecn-tcp-ece
ip netns exec client iptables -A INPUT -p tcp -m ecn --ecn-ip-ect 2
ip netns exec client iptables -A INPUT -p tcp -m ecn --ecn-ip-ect 0
ip netns exec client probe tcp 192.0.2.1 80
ip netns exec client sysctl -w net.ipv4.tcp_ecn=1
ip netns exec client probe tcp 192.0.2.1 80
iptables -t mangle -A FORWARD -p tcp --dport 80 -j DSCP --set-dscp-class EF
iptables -t mangle -A FORWARD -p tcp --dport 80 --syn -j ECN --ecn-tcp-remove
ip netns exec client probe tcp 192.0.2.1 80
iptables -t mangle -A PREROUTING -p tcp --dport 22 -j TOS --set-tos Minimize-Delay
ip netns exec client probe tcp 192.0.2.1 22
iptables -t mangle -R PREROUTING 1 -p tcp --dport 22 -j TOS --set-tos 0x08
ip netns exec client probe tcp 192.0.2.1 22
ip route get 192.0.2.1 tos 0x10
ip route get 192.0.2.1 from 10.0.1.2 iif c0 tos 0x10
iptables -t mangle -L -v -x -n
ip netns exec srv iptables -L INPUT -v -x -n
ip netns exec client iptables -L INPUT -v -x -n
