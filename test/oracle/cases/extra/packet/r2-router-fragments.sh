# IPv4 fragments through a router: with no conntrack rule its FORWARD and mangle chains see (and count) every fragment, -f matches the later ones and --icmp-type only the first; a conntrack rule makes it reassemble first; the receiver's raw PREROUTING sees fragments but INPUT the whole packet; links count fragments
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add lan
ip netns add wan
ip netns exec lan sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec lan sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec wan sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec wan sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
sysctl -w net.ipv4.ip_forward=1
iptables -A FORWARD -p icmp
iptables -A FORWARD -p icmp --icmp-type echo-request
iptables -A FORWARD -f
iptables -t mangle -A POSTROUTING -o wan0
ip netns exec wan iptables -t raw -A PREROUTING -p icmp
ip netns exec wan iptables -A INPUT -p icmp
ip netns exec lan ping -c 1 -s 3000 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?m?s?//g; s/= [0-9.\/]+ ms/= X ms/'
iptables -L FORWARD -v -x -n
iptables -t mangle -L POSTROUTING -v -x -n
ip netns exec wan iptables -t raw -L PREROUTING -v -x -n
ip netns exec wan iptables -L INPUT -v -x -n
ip -s link show lan0 | sed -n '4p;6p' | awk '{print $1, $2}'
ip -s link show wan0 | sed -n '4p;6p' | awk '{print $1, $2}'
iptables -Z
iptables -t mangle -Z
iptables -I FORWARD -m conntrack --ctstate INVALID -j DROP
ip netns exec lan ping -c 1 -s 3000 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?m?s?//g; s/= [0-9.\/]+ ms/= X ms/'
iptables -L FORWARD -v -x -n
iptables -t mangle -L POSTROUTING -v -x -n
iptables -D FORWARD 1
iptables -Z
ip link set wan0 mtu 1000
ip netns exec wan ip link set eth0 mtu 1000
ip netns exec lan ping -c 1 -s 2000 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?m?s?//g; s/= [0-9.\/]+ ms/= X ms/'
iptables -L FORWARD -v -x -n
iptables -A FORWARD -f -j DROP
ip netns exec lan ping -c 1 -s 2000 -W 1 203.0.113.1 | sed -E 's/time[= ][0-9.]+ ?m?s?//g; s/= [0-9.\/]+ ms/= X ms/'; echo rc=${PIPESTATUS[0]}
iptables -L FORWARD -v -x -n
