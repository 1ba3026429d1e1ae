# ifconfig configures veths (classful prefix, netmask and broadcast, /len, up/down, mtu, hw ether); counters with IPv6 off
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v1 type veth peer name v2 netns a
ip link set v1 address 02:00:00:00:00:01
ip -n a link set v2 address 02:00:00:00:00:02
ifconfig -a
ifconfig v1 10.0.0.1
ifconfig v1
ip route
ifconfig v1 netmask 255.255.255.0
ifconfig v1 | head -2
ip route
ifconfig v1 broadcast 10.0.0.127
ifconfig v1 | head -2
ifconfig v1 netmask 255.255.255.128
ifconfig v1 | head -2
ifconfig v1 netmask 255.0.255.0
ifconfig v1 10.0.0.1/24
ifconfig v1 | head -2
ip netns exec a ifconfig v2 10.0.0.2/24 up
ip netns exec a ifconfig lo up
sleep 1.2
ip netns exec a ifconfig
ifconfig -s
ip netns exec a serve tcp 80
probe tcp 10.0.0.2 80
probe udp 10.0.0.2 53
probe icmp 10.0.0.2
ifconfig v1
ip netns exec a ifconfig -s
ifconfig v1 mtu 1400
ifconfig v1 mtu 20
ifconfig v1 down
ifconfig
ifconfig -a v1
ifconfig v1 hw ether 02:00:00:00:00:11
ifconfig v1 hw ether zz
ifconfig v1 up
sleep 1.2
ifconfig v1 | grep -E 'flags|ether'
ifconfig v1 0
ifconfig v1 | head -3
ifconfig v1 netmask 255.255.255.0
ip addr add 192.0.2.1/24 dev v1
ifconfig v1 | head -2
