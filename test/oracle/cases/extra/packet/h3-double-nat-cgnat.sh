# Double NAT: a home router (this namespace) MASQUERADEs into a carrier-grade NAT (cgn) that SNATs to
# its public pool. Replies, ICMP errors and a port forward have to cross both conntrack tables.
ip netns add lan
ip netns add cgn
ip netns add inet
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name sub0 netns cgn
ip netns exec cgn ip link add up0 type veth peer name eth0 netns inet
ip addr add 192.168.1.1/24 dev lan0
ip addr add 100.64.0.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip route add default via 100.64.0.1
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec cgn ip link set lo up
ip netns exec cgn ip addr add 100.64.0.1/24 dev sub0
ip netns exec cgn ip addr add 198.51.100.2/24 dev up0
ip netns exec cgn ip link set sub0 up
ip netns exec cgn ip link set up0 up
ip netns exec cgn ip route add default via 198.51.100.1
ip netns exec cgn sysctl -qw net.ipv4.ip_forward=1
ip netns exec inet ip link set lo up
ip netns exec inet ip addr add 198.51.100.1/24 dev eth0
ip netns exec inet ip link set eth0 up
ip netns exec inet ip route add 198.51.100.0/24 dev eth0 src 198.51.100.1 metric 10
ip netns exec inet serve tcp 443 --name site
ip netns exec inet serve udp 3478 --name stun
ip netns exec lan serve tcp 22 --name ssh
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -o wan0 -j MASQUERADE
ip netns exec cgn iptables -t nat -A POSTROUTING -s 100.64.0.0/10 -o up0 -j SNAT --to-source 198.51.100.2
ip netns exec cgn iptables -A FORWARD -i up0 -m conntrack ! --ctstate ESTABLISHED,RELATED -j DROP
ip netns exec lan probe tcp 198.51.100.1 443
ip netns exec lan probe udp 198.51.100.1 3478
ip netns exec lan probe udp 198.51.100.1 3479
ip netns exec lan probe icmp 198.51.100.1
ip netns exec lan probe tcp 198.51.100.1 444
ip netns exec lan probe udp 203.0.113.9 1
iptables -t nat -A PREROUTING -i wan0 -p tcp --dport 2222 -j DNAT --to-destination 192.168.1.10:22
ip netns exec cgn probe tcp 100.64.0.2 2222
ip netns exec inet probe tcp 198.51.100.2 2222
ip netns exec cgn iptables -t nat -A PREROUTING -i up0 -p tcp --dport 2222 -j DNAT --to-destination 100.64.0.2
ip netns exec inet probe tcp 198.51.100.2 2222
ip netns exec cgn iptables -I FORWARD -i up0 -p tcp --dport 2222 -m conntrack --ctstate DNAT -j ACCEPT
ip netns exec inet probe tcp 198.51.100.2 2222
iptables -t nat -L -v -x -n
ip netns exec cgn iptables -t nat -L -v -x -n
ip netns exec cgn iptables -L FORWARD -v -x -n
