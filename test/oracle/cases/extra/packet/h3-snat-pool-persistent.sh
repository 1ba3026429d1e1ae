# SNAT to an address pool: which address each destination gets, --persistent, port ranges, and exhausting a one-port range.
ip netns add lan
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
ip netns exec wan ip addr add 203.0.113.5/24 dev eth0
ip netns exec wan ip addr add 203.0.113.6/24 dev eth0
ip netns exec wan ip addr add 203.0.113.7/24 dev eth0
ip netns exec wan ip addr add 203.0.113.8/24 dev eth0
ip netns exec wan ip route add 198.51.100.0/24 via 203.0.113.2
ip addr add 198.51.100.10/24 dev lo
ip addr add 198.51.100.11/24 dev lo
ip addr add 198.51.100.12/24 dev lo
ip netns exec wan serve udp 53 --name dns
ip netns exec wan serve tcp 80 --name web
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -s 192.168.1.0/24 -o wan0 -p udp -j SNAT --to-source 198.51.100.10-198.51.100.12
iptables -t nat -A POSTROUTING -s 192.168.1.0/24 -o wan0 -p tcp -j SNAT --to-source 198.51.100.10-198.51.100.12:2000-2001 --persistent
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan probe udp 203.0.113.5 53
ip netns exec lan probe udp 203.0.113.6 53
ip netns exec lan probe udp 203.0.113.7 53
ip netns exec lan probe udp 203.0.113.8 53
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe tcp 203.0.113.5 80
ip netns exec lan probe tcp 203.0.113.6 80
ip netns exec lan probe tcp 203.0.113.7 80
iptables -t nat -I POSTROUTING -s 192.168.1.0/24 -d 203.0.113.8 -p tcp -j SNAT --to-source 198.51.100.12:3000
ip netns exec lan probe tcp 203.0.113.8 80
ip netns exec lan probe tcp 203.0.113.8 80
iptables -t nat -L POSTROUTING -v -x -n
iptables-save -t nat -c
