# Siblings of route-localnet-dnat: all vs per interface, default, the REDIRECT alternative, local OUTPUT DNAT to loopback.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 9000 --name localonly
iptables -t nat -A PREROUTING -i veth0 -p tcp --dport 80 -j DNAT --to-destination 127.0.0.1:9000
iptables -A INPUT -p tcp --dport 9000
sysctl -w net.ipv4.conf.default.route_localnet=1
ip netns exec client probe tcp 10.0.0.1 80
sysctl -w net.ipv4.conf.all.route_localnet=1
ip netns exec client probe tcp 10.0.0.1 80
sysctl -w net.ipv4.conf.all.route_localnet=0
sysctl -w net.ipv4.conf.lo.route_localnet=1
ip netns exec client probe tcp 10.0.0.1 80
sysctl net.ipv4.conf.veth0.route_localnet net.ipv4.conf.lo.route_localnet
iptables -t nat -A PREROUTING -i veth0 -p tcp --dport 81 -j REDIRECT --to-ports 9000
ip netns exec client probe tcp 10.0.0.1 81
iptables -t nat -A OUTPUT -d 10.0.0.1 -p tcp --dport 82 -j DNAT --to-destination 127.0.0.1:9000
probe tcp 10.0.0.1 82
probe tcp 127.0.0.1 9000
sysctl -w net.ipv4.conf.veth0.route_localnet=1
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 9000
iptables -t nat -L -v -n
iptables-save -c
