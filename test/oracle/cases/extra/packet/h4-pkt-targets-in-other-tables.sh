# The rule in another table: DROP and REJECT in nat, raw and mangle, ACCEPT in nat skipping later NAT rules, a DNAT in filter (refused).
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
serve tcp 81 --name host
serve udp 53 --name host
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DROP
ip netns exec client probe tcp 10.0.0.1 80
iptables -t nat -A PREROUTING -p udp -j REJECT
iptables -t raw -A PREROUTING -p udp -j REJECT
iptables -t mangle -A PREROUTING -p udp -j REJECT
iptables -t mangle -A INPUT -p udp -j REJECT --reject-with icmp-admin-prohibited
ip netns exec client probe udp 10.0.0.1 53
iptables -t raw -A PREROUTING -p tcp --dport 81 -j DROP
ip netns exec client probe tcp 10.0.0.1 81
iptables -t raw -R PREROUTING 1 -p tcp --dport 81 -j ACCEPT
iptables -t nat -I PREROUTING -p tcp --dport 81 -j ACCEPT
iptables -t nat -A PREROUTING -p tcp --dport 81 -j DNAT --to-destination :80
ip netns exec client probe tcp 10.0.0.1 81
iptables -A INPUT -p tcp -j DNAT --to-destination :80
iptables -A INPUT -p tcp -j MASQUERADE
iptables -t mangle -A OUTPUT -p tcp -j REDIRECT
iptables -t raw -A OUTPUT -p tcp -j SNAT --to-source 10.0.0.1
iptables-save -c
