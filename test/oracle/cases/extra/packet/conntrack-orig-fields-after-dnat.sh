ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 8080
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
iptables -A INPUT -m conntrack --ctorigdstport 80 --ctstate DNAT -p tcp
iptables -A INPUT -m conntrack --ctorigdst 10.0.0.1 --ctrepldstport 8080 -p tcp
iptables -A INPUT -m conntrack --ctreplsrcport 8080 -p tcp
iptables -A INPUT -m conntrack --ctdir ORIGINAL -p tcp
iptables -A INPUT -m conntrack --ctdir REPLY -p tcp
iptables -A OUTPUT -m conntrack --ctdir REPLY -p tcp
iptables -A OUTPUT -m conntrack --ctstatus SEEN_REPLY -p tcp
iptables -A OUTPUT -m conntrack --ctstate ESTABLISHED,DNAT -p tcp
ip netns exec client probe tcp 10.0.0.1 80
iptables -L -v -n
