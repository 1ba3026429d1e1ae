# ifconfig with labels (eth0:N aliases from ip addr label, ifconfig NAME:N ADDR, add), flags words, renaming relabels
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v1 type veth peer name v2 netns a
ip link set v1 address 02:00:00:00:00:01
ip -n a link set v2 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev v1
ip link set v1 up
ip -n a addr add 10.0.0.2/24 dev v2
ip -n a link set v2 up
ip -n a link set lo up
ifconfig v1 | head -3
ip addr add 10.0.0.5/24 dev v1
ip addr add 10.9.0.1/16 brd + dev v1 label v1:9
ifconfig
ifconfig v1:0 192.168.1.10 netmask 255.255.255.0 up
ifconfig -a
ip addr show dev v1
ifconfig v1:0 down
ifconfig v1:0
ifconfig v1:9 down
ip addr show dev v1 | grep inet
ifconfig v1 promisc
ifconfig v1 | head -1
ifconfig v1 -promisc -arp allmulti
ifconfig v1 | head -1
ifconfig -s
ifconfig v1 arp -allmulti
ifconfig v1 -multicast
ifconfig v1 | head -1
ifconfig v1 name eth0
ifconfig v1 down
ifconfig v1 name eth0
ifconfig eth0 | head -2
ifconfig -a | grep -c flags
ifconfig v1 add 10.0.0.50
ifconfig -a | grep -A1 flags
ifconfig v1 10.0.0.1 netmask 255.255.255.0 broadcast 10.0.0.255 up
ifconfig eth0 add 10.0.0.60
ifconfig eth0 add 10.0.0.61
ifconfig -a | grep -A1 '^eth0'
ip addr show dev eth0 | grep inet
ifconfig eth0 del 10.0.0.60
ip addr show dev eth0 | grep inet
ifconfig eth0:1 0
ip addr show dev eth0 | grep inet
