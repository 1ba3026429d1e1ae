# REJECT --reject-with tcp-reset puts the rejected packet's connection (once confirmed) into CLOSE with the 10 s close timeout: a local SYN (confirmed on the way out) and a forwarded reply of an established connection
ip netns add cli
ip netns add srv
ip link add vc type veth peer name eth0 netns cli
ip link add vs type veth peer name eth0 netns srv
ip addr add 10.0.1.1/24 dev vc
ip addr add 10.0.2.1/24 dev vs
ip link set vc up
ip link set vs up
ip netns exec cli ip link set lo up
ip netns exec cli ip addr add 10.0.1.2/24 dev eth0
ip netns exec cli ip link set eth0 up
ip netns exec cli ip route add default via 10.0.1.1
ip netns exec srv ip link set lo up
ip netns exec srv ip addr add 10.0.2.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip route add default via 10.0.2.1
sysctl -qw net.ipv4.ip_forward=1
serve tcp 8080
ip netns exec srv serve tcp 80
iptables -A INPUT -p tcp --dport 8080 -j REJECT --reject-with tcp-reset
iptables -t raw -A PREROUTING -i vc -p tcp --tcp-flags RST RST -j DROP
iptables -A FORWARD -p tcp --sport 80 --tcp-flags PSH PSH -j REJECT --reject-with tcp-reset
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED
probe tcp 127.0.0.1 8080
sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
ip netns exec cli probe tcp 10.0.2.2 80
sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
iptables -D INPUT 1
probe tcp 127.0.0.1 8080
sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
iptables-save -c
