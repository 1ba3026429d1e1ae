# DigitalOcean-style "forward a port through a gateway": the gateway's eth0 faces the client, eth1 the web host; FORWARD rules, DROP policy, DNAT, then the SNAT the guide adds so the web host needs no route back, then testing from the gateway itself
ip netns add web
ip netns add outside
ip link add eth0 type veth peer name wan0
ip link set wan0 netns outside
ip link add eth1 type veth peer name lan0
ip link set lan0 netns web
ip addr add 203.0.113.1/24 dev eth0
ip addr add 192.0.2.1/24 dev eth1
ip link set eth0 up
ip link set eth1 up
ip netns exec outside ip addr add 203.0.113.2/24 dev wan0
ip netns exec outside ip link set wan0 up
ip netns exec outside ip link set lo up
ip netns exec web ip addr add 192.0.2.2/24 dev lan0
ip netns exec web ip link set lan0 up
ip netns exec web ip link set lo up
ip netns exec web serve tcp 80
sysctl -w net.ipv4.ip_forward=1
iptables -A FORWARD -i eth0 -o eth1 -p tcp --syn --dport 80 -m conntrack --ctstate NEW -j ACCEPT
iptables -A FORWARD -i eth0 -o eth1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A FORWARD -i eth1 -o eth0 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -P FORWARD DROP
ip netns exec outside probe tcp 203.0.113.1 80
iptables -A PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination 192.0.2.2
iptables -t nat -A PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination 192.0.2.2
ip netns exec outside probe tcp 203.0.113.1 80 --timeout 0.3
iptables -t nat -A POSTROUTING -o eth1 -p tcp --dport 80 -d 192.0.2.2 -j SNAT --to-source 192.0.2.1
ip netns exec outside probe tcp 203.0.113.1 80
ip netns exec outside probe tcp 203.0.113.1 80
ip netns exec outside probe udp 203.0.113.1 80
iptables -L FORWARD -v -n --line-numbers
iptables -t nat -L -v -n
probe tcp 203.0.113.1 80
iptables -t nat -A OUTPUT -d 203.0.113.1 -p tcp --dport 80 -j DNAT --to-destination 192.0.2.2
probe tcp 203.0.113.1 80
iptables -t nat -S
iptables-save -c | grep -v '^#'
