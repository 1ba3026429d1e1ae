# What a client sees when a NATing router rejects, and when ICMP errors come back through MASQUERADE.
ip netns add lan
ip netns add wan
ip netns add dmz
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip link add dmz0 type veth peer name eth0 netns dmz
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip addr add 10.9.0.1/24 dev dmz0
ip link set lan0 up
ip link set wan0 up
ip link set dmz0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 10.9.0.0/24 via 203.0.113.2
ip netns exec dmz ip link set lo up
ip netns exec dmz ip addr add 10.9.0.10/24 dev eth0
ip netns exec dmz ip link set eth0 up
ip netns exec dmz ip route add default via 10.9.0.1
ip netns exec dmz serve tcp 80 --name web
ip netns exec dmz serve udp 5000 --name game
ip netns exec wan serve tcp 80 --name isp
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -o wan0 -j MASQUERADE
iptables -t nat -A PREROUTING -i wan0 -p tcp --dport 8080 -j DNAT --to-destination 10.9.0.10:80
iptables -t nat -A PREROUTING -i wan0 -p tcp --dport 8081 -j DNAT --to-destination 10.9.0.10:81
iptables -t nat -A PREROUTING -i wan0 -p udp --dport 5000:5002 -j DNAT --to-destination 10.9.0.10
iptables -N WAN_IN
iptables -A FORWARD -m state --state ESTABLISHED -j ACCEPT
iptables -A FORWARD -i wan0 -j WAN_IN
iptables -A FORWARD -i lan0 -o wan0 -j ACCEPT
iptables -A FORWARD -j DROP
iptables -A WAN_IN -p tcp --dport 80 -m conntrack --ctstate DNAT --ctorigdstport 8080 -j ACCEPT
iptables -A WAN_IN -p tcp -j REJECT --reject-with tcp-reset
iptables -A WAN_IN -p udp --dport 5000 -j ACCEPT
iptables -A WAN_IN -p udp --dport 5001 -j REJECT
iptables -A WAN_IN -p udp -j REJECT --reject-with icmp-admin-prohibited
ip netns exec wan probe tcp 203.0.113.2 8080
ip netns exec wan probe tcp 203.0.113.2 8081
ip netns exec wan probe udp 203.0.113.2 5000
ip netns exec wan probe udp 203.0.113.2 5001
ip netns exec wan probe udp 203.0.113.2 5002
ip netns exec wan probe tcp 10.9.0.10 80
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe tcp 203.0.113.1 81
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec wan iptables -A INPUT -p udp --dport 54 -j REJECT --reject-with icmp-host-prohibited
ip netns exec lan probe udp 203.0.113.1 54
ip netns exec lan probe udp 198.18.0.1 54
iptables -I FORWARD 2 -m state --state RELATED -j ACCEPT
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan probe udp 203.0.113.1 54
ip netns exec dmz probe udp 203.0.113.1 53
iptables -L FORWARD -v -x -n --line-numbers
iptables -L WAN_IN -v -x -n
iptables -t nat -S -c
