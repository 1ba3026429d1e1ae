# Home router: LAN 192.168.1.0/24, DMZ 192.168.2.0/24, WAN 203.0.113.0/24.
ip netns add lan
ip netns add dmz
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add dmz0 type veth peer name eth0 netns dmz
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 192.168.2.1/24 dev dmz0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set dmz0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec dmz ip link set lo up
ip netns exec dmz ip addr add 192.168.2.10/24 dev eth0
ip netns exec dmz ip link set eth0 up
ip netns exec dmz ip route add default via 192.168.2.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan serve tcp 80 --name isp
ip netns exec wan serve udp 53 --name dns
ip netns exec dmz serve tcp 80 --name web
ip route add default via 203.0.113.1
sysctl -w net.ipv4.ip_forward=1
iptables -P FORWARD DROP
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A FORWARD -i lan0 -o wan0 -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate DNAT -j ACCEPT
iptables -A FORWARD -j LOG --log-prefix "FWD-DROP: "
iptables -t nat -A POSTROUTING -o wan0 -j MASQUERADE
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan probe icmp 203.0.113.1
ip netns exec lan probe tcp 192.168.2.10 80
ip netns exec wan probe tcp 192.168.1.10 80
iptables -t nat -A PREROUTING -i wan0 -p tcp --dport 8080 -j DNAT --to-destination 192.168.2.10:80
ip netns exec wan probe tcp 203.0.113.2 8080
ip netns exec lan probe tcp 203.0.113.2 8080
iptables -t nat -A PREROUTING -d 203.0.113.2 ! -i wan0 -p tcp --dport 8080 -j DNAT --to-destination 192.168.2.10:80
ip netns exec lan probe tcp 203.0.113.2 8080
probe tcp 203.0.113.2 8080
iptables -t nat -A OUTPUT -d 203.0.113.2 -p tcp --dport 8080 -j DNAT --to-destination 192.168.2.10:80
probe tcp 203.0.113.2 8080
iptables -L FORWARD -v -x -n --line-numbers
iptables -t nat -L -v -x -n
iptables-save -c
