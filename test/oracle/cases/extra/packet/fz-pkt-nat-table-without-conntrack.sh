# A nat table alone does not start conntrack: its chains run only while some rule calls nf_ct_netns_get (a NAT target, a conntrack match); CT --notrack does not, and flushing the last such rule stops it again
ip netns add c
ip link add vc type veth peer name eth0 netns c
ip addr add 10.0.1.1/24 dev vc
ip link set vc up
ip netns exec c ip link set lo up
ip netns exec c ip addr add 10.0.1.2/24 dev eth0
ip netns exec c ip link set eth0 up
ip netns exec c ip route add default via 10.0.1.1
ip netns add s
ip link add vs type veth peer name eth0 netns s
ip addr add 10.0.2.1/24 dev vs
ip link set vs up
ip netns exec s ip link set lo up
ip netns exec s ip addr add 10.0.2.2/24 dev eth0
ip netns exec s ip link set eth0 up
ip netns exec s ip route add default via 10.0.2.1
sysctl -w net.ipv4.ip_forward=1
ip netns exec s serve tcp 80
ip netns exec s serve udp 53
iptables -t nat -A PREROUTING -i vc -p tcp --dport 8022 -j REDIRECT --to-ports 22-24
iptables -t nat -A POSTROUTING
iptables -t nat -A PREROUTING -p tcp
iptables -t raw -A PREROUTING -p udp -j CT --notrack
ip netns exec c probe udp 10.0.2.2 53
ip netns exec c probe tcp 10.0.2.2 80
iptables-save -c -t nat
iptables -t nat -N UNUSED
iptables -t nat -A UNUSED -j MASQUERADE
ip netns exec c probe udp 10.0.2.2 53
ip netns exec c probe tcp 10.0.2.2 80
iptables-save -c -t nat
iptables -t nat -F UNUSED
ip netns exec c probe tcp 10.0.2.2 80
iptables -A FORWARD -m conntrack --ctstate NEW
ip netns exec c probe tcp 10.0.2.2 80
iptables-save -c
