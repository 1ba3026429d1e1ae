ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip route add default via 10.0.0.1
ip netns add server
ip link add veth1 type veth peer name eth0 netns server
ip addr add 10.1.0.1/24 dev veth1
ip link set veth1 up
ip netns exec server ip addr add 10.1.0.2/24 dev eth0
ip netns exec server ip link set eth0 up
ip netns exec server ip link set lo up
ip netns exec server ip route add default via 10.1.0.1
ip netns exec server serve tcp 8080
ip netns exec server serve udp 53
sysctl -w net.ipv4.ip_forward=1
ip route add 10.5.0.0/24 via 10.1.0.2 realms 2/9
ip route change 10.0.0.0/24 dev veth0 realm 4
ip route show
iptables -t nat -A PREROUTING -d 10.5.0.0/24 -j NETMAP --to 10.1.0.0/24
iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -o veth1 -j NETMAP --to 172.16.0.0/24
iptables -A FORWARD -m realm --realm 0x20009
iptables -A FORWARD -m realm --realm 9/0xffff
iptables -A FORWARD -m realm --realm 0x40000/0xffff0000
iptables -A FORWARD -m realm --realm 4
iptables -A FORWARD -m realm --realm 0
iptables -t mangle -A POSTROUTING -m realm --realm 0x20009
iptables -t mangle -A POSTROUTING -m realm --realm 4
iptables -A FORWARD -m devgroup --src-group 3 --dst-group 0
ip link set veth0 group 3
ip netns exec client probe tcp 10.5.0.2 8080
ip netns exec client probe udp 10.5.0.2 53
ip netns exec client probe tcp 10.1.0.2 8080
iptables -t nat -L -n -v -x
iptables -L FORWARD -n -v -x
iptables -t mangle -L POSTROUTING -n -v -x
