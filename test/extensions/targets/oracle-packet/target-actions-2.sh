# More target actions on real traffic: TOS/ECN/TTL rewrites seen by later matches, MARK
# arithmetic, CONNMARK --save-mark carrying a mark to the reply direction, SNAT and NETMAP
# in POSTROUTING as seen by the server, MASQUERADE on a router.
ip netns add client
ip netns add server
ip link add veth0 type veth peer name eth0
ip link add veth1 type veth peer name eth0 netns server
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.1.0.1/24 dev veth1
ip addr add 10.1.0.50/24 dev veth1
ip link set veth0 up
ip link set veth1 up
sysctl -w net.ipv4.ip_forward=1
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip route add default via 10.0.0.1
ip netns exec server ip addr add 10.1.0.2/24 dev eth0
ip netns exec server ip link set eth0 up
ip netns exec server ip link set lo up
ip netns exec server ip route add default via 10.1.0.1
ip netns exec server serve tcp 80
ip netns exec server serve tcp 81
ip netns exec server serve udp 53
ip netns exec server serve tcp 82
iptables -t mangle -A PREROUTING -p udp -j TOS --set-tos 0x10/0x3f
iptables -t mangle -A PREROUTING -p udp -j ECN --ecn-ip-ect 1
iptables -t mangle -A PREROUTING -p udp -j TTL --ttl-inc 3
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j MARK --set-mark 0x30
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j MARK --xor-mark 0x11
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j CONNMARK --save-mark --mask 0xff
iptables -t mangle -A PREROUTING -p tcp --sport 80 -j CONNMARK --restore-mark
iptables -A FORWARD -p udp -m tos --tos 0x10 -m ecn --ecn-ip-ect 1 -m ttl --ttl-eq 66
iptables -A FORWARD -p tcp --dport 80 -m mark --mark 0x21
iptables -A FORWARD -p tcp --sport 80 -m mark --mark 0x21
iptables -t nat -A POSTROUTING -o veth1 -p tcp --dport 80 -j SNAT --to-source 10.1.0.50
iptables -t nat -A POSTROUTING -o veth1 -p tcp --dport 81 -j NETMAP --to 10.1.0.0/24
iptables -t nat -A POSTROUTING -o veth1 -j MASQUERADE
ip netns exec client probe tcp 10.1.0.2 80
ip netns exec client probe tcp 10.1.0.2 81
ip netns exec client probe udp 10.1.0.2 53
ip netns exec client probe tcp 10.1.0.2 82
iptables-save -c -t filter
iptables-save -c -t mangle
iptables-save -c -t nat
