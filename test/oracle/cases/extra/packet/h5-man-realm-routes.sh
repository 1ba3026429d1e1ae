ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.9.9.9/32 dev lo
ip route add 10.9.9.0/24 via 10.0.0.2 realm 5
ip route add 10.8.8.0/24 via 10.0.0.2 realms 3/7
ip route add 10.1.0.0/24 via 10.0.0.2 realm 0x10
ip route add 10.2.0.0/24 via 10.0.0.2 realm cosmos
ip route add 10.3.0.0/24 via 10.0.0.2 realms 0/5
ip route add 10.4.0.0/24 via 10.0.0.2 realms 5/0
ip route add 10.5.0.0/24 via 10.0.0.2 realm 65535
ip route add 10.6.0.0/24 via 10.0.0.2 realm 65536
ip route add 10.7.0.0/24 via 10.0.0.2 realm foo
ip route add 10.10.0.0/24 via 10.0.0.2 realms 1/
ip route add 10.11.0.0/24 via 10.0.0.2 realms 010/0x20
ip route add 10.12.0.0/24 via 10.0.0.2 realms 3/300
ip route add 10.13.0.0/24 via 10.0.0.2 realms 300/3
ip route show
ip -j route show 10.11.0.0/24
iptables -A OUTPUT -m realm --realm 5
iptables -A OUTPUT -m realm --realm 7
iptables -A OUTPUT -m realm --realm 0x30007
iptables -A OUTPUT -m realm --realm 0
iptables -A INPUT -m realm --realm 0
iptables -A INPUT -m realm ! --realm 0
iptables -A INPUT -m realm --realm 5
iptables -A INPUT -m realm --realm 0x50000/0xffff0000
ip netns exec client serve tcp 80
probe tcp 10.9.9.9 80
probe tcp 10.8.8.8 80 --timeout 0.3
probe tcp 10.0.0.2 80
iptables -L -n -v -x
iptables -t mangle -A POSTROUTING -m realm --realm 5
iptables -t mangle -A POSTROUTING -m realm --realm 0x30007/0xffff0000
iptables -t mangle -A FORWARD -m realm --realm 0
probe tcp 10.9.9.9 80
probe tcp 10.8.8.8 80 --timeout 0.3
iptables -t mangle -L POSTROUTING -n -v -x
ip route show
ip -j route show 10.11.0.0/24
ip -j route show 10.8.8.0/24
