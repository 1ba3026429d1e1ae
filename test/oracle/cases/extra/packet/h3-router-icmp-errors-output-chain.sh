# (Each client gets at most 5 errors: ICMP errors are rate limited per destination, burst 6.)
# The router's own ICMP errors (time exceeded, REJECT, no route) pass its OUTPUT chain: count them as RELATED, then hide them.
ip netns add lan
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
ip netns add lan2
ip link add lan1 type veth peer name eth0 netns lan2
ip addr add 192.168.2.1/24 dev lan1
ip link set lan1 up
ip netns exec lan2 ip link set lo up
ip netns exec lan2 ip addr add 192.168.2.10/24 dev eth0
ip netns exec lan2 ip link set eth0 up
ip netns exec lan2 ip route add default via 192.168.2.1
ip netns exec wan ip route add 192.168.2.0/24 via 203.0.113.2
ip netns exec wan serve tcp 80 --name web
ip netns exec wan serve udp 53 --name dns
sysctl -w net.ipv4.ip_forward=1
ip netns exec lan iptables -t mangle -A OUTPUT -p udp --dport 53 -j TTL --ttl-set 1
ip netns exec lan iptables -t mangle -A OUTPUT -p icmp -d 203.0.113.1 -j TTL --ttl-set 1
ip netns exec lan2 iptables -t mangle -A OUTPUT -p udp --dport 53 -j TTL --ttl-set 1
ip netns exec lan2 iptables -t mangle -A OUTPUT -p icmp -d 203.0.113.1 -j TTL --ttl-set 1
iptables -A FORWARD -p tcp --dport 81 -j REJECT
iptables -A FORWARD -p tcp --dport 82 -j REJECT --reject-with tcp-reset
iptables -N ICMPOUT
iptables -A OUTPUT -p icmp -j ICMPOUT
iptables -A ICMPOUT -m conntrack --ctstate RELATED -p icmp --icmp-type time-exceeded
iptables -A ICMPOUT -m conntrack --ctstate RELATED -p icmp --icmp-type port-unreachable
iptables -A ICMPOUT -m conntrack --ctstate RELATED -p icmp --icmp-type network-unreachable
iptables -A ICMPOUT -m conntrack --ctstate RELATED
iptables -A ICMPOUT -m conntrack --ctstate INVALID,UNTRACKED
iptables -A ICMPOUT -m conntrack --ctstate NEW,ESTABLISHED
iptables -A OUTPUT -p tcp --tcp-flags RST RST -m conntrack --ctstate ESTABLISHED
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan probe icmp 203.0.113.1
ip netns exec lan probe tcp 203.0.113.1 81
ip netns exec lan probe tcp 203.0.113.1 82
ip netns exec lan probe udp 198.18.0.1 53
ip netns exec lan probe icmp 192.168.1.1
iptables -L OUTPUT -v -x -n
iptables -L ICMPOUT -v -x -n
iptables -I OUTPUT -p icmp --icmp-type time-exceeded -j DROP
iptables -I OUTPUT -p icmp --icmp-type destination-unreachable -j DROP
iptables -I OUTPUT -p tcp --tcp-flags RST RST -j DROP
ip netns exec lan2 probe udp 203.0.113.1 53
ip netns exec lan2 probe icmp 203.0.113.1
ip netns exec lan2 probe tcp 203.0.113.1 81
ip netns exec lan2 probe tcp 203.0.113.1 82
ip netns exec lan2 probe udp 198.18.0.1 53
iptables -L OUTPUT -v -x -n
iptables -L ICMPOUT -v -x -n
iptables -L FORWARD -v -x -n
