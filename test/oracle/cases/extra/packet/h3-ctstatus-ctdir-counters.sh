# Which packets of a TCP, UDP and ICMP exchange carry which conntrack status bits and direction,
# counted on the server (INPUT/OUTPUT) and on a router in between (FORWARD).
ip netns add client
ip netns add srv
ip link add c0 type veth peer name eth0 netns client
ip link add s0 type veth peer name eth0 netns srv
ip addr add 10.0.1.1/24 dev c0
ip addr add 10.0.2.1/24 dev s0
ip link set c0 up
ip link set s0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.1.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 10.0.1.1
ip netns exec srv ip link set lo up
ip netns exec srv ip addr add 10.0.2.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip route add default via 10.0.2.1
ip netns exec srv serve tcp 80 --name web
ip netns exec srv serve udp 53 --name dns
sysctl -w net.ipv4.ip_forward=1
iptables -N ST
iptables -A FORWARD -j ST
iptables -A ST -m conntrack --ctstatus NONE
iptables -A ST -m conntrack --ctstatus CONFIRMED
iptables -A ST -m conntrack --ctstatus SEEN_REPLY
iptables -A ST -m conntrack --ctstatus ASSURED
iptables -A ST -m conntrack ! --ctstatus ASSURED --ctdir REPLY
iptables -A ST -m conntrack --ctdir ORIGINAL --ctstate NEW
iptables -A ST -m conntrack --ctdir ORIGINAL --ctstate ESTABLISHED
iptables -A ST -m conntrack --ctdir REPLY --ctstate ESTABLISHED
iptables -A ST -m conntrack --ctproto udp --ctorigdst 10.0.2.2 --ctreplsrc 10.0.2.2
iptables -A ST -m conntrack --ctexpire 0:30
iptables -A ST -m conntrack --ctexpire 31:120
iptables -A ST -m conntrack --ctexpire 121:500000
ip netns exec srv iptables -A INPUT -m conntrack --ctstatus CONFIRMED
ip netns exec srv iptables -A INPUT -m conntrack ! --ctstatus CONFIRMED
ip netns exec srv iptables -A OUTPUT -m conntrack --ctstatus SEEN_REPLY
ip netns exec srv iptables -A OUTPUT -m conntrack --ctstatus ASSURED
ip netns exec srv iptables -A OUTPUT -m conntrack --ctdir REPLY
ip netns exec client probe tcp 10.0.2.2 80
ip netns exec client probe udp 10.0.2.2 53
ip netns exec client probe udp 10.0.2.2 54
ip netns exec client probe icmp 10.0.2.2
iptables -L ST -v -x -n
ip netns exec srv iptables -L -v -x -n
