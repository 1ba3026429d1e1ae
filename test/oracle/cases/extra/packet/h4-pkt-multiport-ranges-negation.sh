# Siblings of multiport-state-new: --sports, ranges, negation, --ports, UDP, the 15-port limit error.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
serve tcp 443 --name host
serve tcp 8000 --name host
serve tcp 8443 --name host
serve udp 53 --name host
serve udp 123 --name host
iptables -P INPUT DROP
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 8000:8100,443 -m conntrack --ctstate NEW -j ACCEPT
iptables -A INPUT -p udp -m multiport ! --dports 53,67:68 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 443
ip netns exec client probe tcp 10.0.0.1 8000
ip netns exec client probe tcp 10.0.0.1 8443
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 123
iptables -A INPUT -p tcp -m multiport --ports 80,8443 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 8443
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT
iptables -A INPUT -m multiport --dports 80 -j ACCEPT
iptables -A OUTPUT -p tcp -m multiport --sports 8000:8100 -j REJECT --reject-with tcp-reset
ip netns exec client probe tcp 10.0.0.1 8000
iptables -L -v -n
iptables-save -c
