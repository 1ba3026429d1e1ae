ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client serve udp 53
probe udp 10.0.0.2 53
iptables -t mangle -A OUTPUT -p udp --dport 53 -j MARK --set-mark 7
ip rule add fwmark 7 table 100
ip route add unreachable 10.0.0.0/24 table 100
probe udp 10.0.0.2 53
ip rule
ip route show table 100
ip rule del fwmark 7 table 100
probe udp 10.0.0.2 53
iptables -t mangle -L OUTPUT -v -n
