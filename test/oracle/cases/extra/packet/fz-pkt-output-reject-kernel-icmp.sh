# REJECT in OUTPUT of a packet the kernel's own ICMP socket sends (an echo reply) sends nothing: icmp_send cannot take the socket lock; a user's ping rejected in OUTPUT still gets its error
ip netns add c
ip link add veth0 type veth peer name eth0 netns c
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec c ip link set lo up
ip netns exec c ip addr add 10.0.0.2/24 dev eth0
ip netns exec c ip link set eth0 up
ip netns exec c ip route add default via 10.0.0.1
ip addr add 10.9.9.9/32 dev lo
serve tcp 80 --name web
serve udp 53 --name dns
ip netns exec c serve tcp 7000
ip netns exec c serve udp 5000
iptables -A OUTPUT -p icmp --icmp-type echo-reply -j REJECT --reject-with icmp-net-unreachable
iptables -A OUTPUT -p icmp
ip netns exec c iptables -A INPUT -p icmp
ip netns exec c probe icmp 10.0.0.1
ip netns exec c probe icmp 10.0.0.1
iptables -I OUTPUT 1 -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-prohibited
probe icmp 10.0.0.2
probe icmp 127.0.0.1
iptables-save -c
ip netns exec c iptables-save -c
