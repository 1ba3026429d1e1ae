# Siblings of dnat-port-forward: UDP forward, the wrong -i, FORWARD by original destination (ctorigdst/ctstate DNAT), conntrack view after NAT.
ip netns add client
ip netns add backend
ip link add vcli type veth peer name eth0
ip link set eth0 netns client
ip link add vbe type veth peer name eth0
ip link set eth0 netns backend
ip addr add 192.168.100.1/24 dev vcli
ip addr add 10.10.0.1/24 dev vbe
ip link set vcli up
ip link set vbe up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 192.168.100.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec backend ip link set lo up
ip netns exec backend ip addr add 10.10.0.2/24 dev eth0
ip netns exec backend ip link set eth0 up
ip netns exec backend ip route add default via 10.10.0.1
ip netns exec backend serve udp 5353
ip netns exec backend serve tcp 80
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -i vbe -p udp --dport 53 -j DNAT --to-destination 10.10.0.2:5353
ip netns exec client probe udp 192.168.100.1 53
iptables -t nat -R PREROUTING 1 -i vcli -p udp --dport 53 -j DNAT --to-destination 10.10.0.2:5353
ip netns exec client probe udp 192.168.100.1 53
iptables -t nat -A PREROUTING -i vcli -p tcp --dport 8080 -j DNAT --to 10.10.0.2:80
iptables -P FORWARD DROP
iptables -A FORWARD -d 10.10.0.2 -p tcp --dport 8080 -j ACCEPT
ip netns exec client probe tcp 192.168.100.1 8080
iptables -A FORWARD -m conntrack --ctstate DNAT --ctorigdstport 8080 -j ACCEPT
ip netns exec client probe tcp 192.168.100.1 8080
iptables -A FORWARD -m conntrack --ctorigdst 192.168.100.1 -p udp -j ACCEPT
ip netns exec client probe udp 192.168.100.1 53
ip netns exec client probe tcp 192.168.100.1 8080
iptables -I FORWARD -m conntrack --ctstate ESTABLISHED -j ACCEPT
ip netns exec client probe tcp 192.168.100.1 8080
ip netns exec client probe udp 192.168.100.1 53
iptables -L FORWARD -v -n -x
iptables -t nat -L -v -n
iptables-save -c
