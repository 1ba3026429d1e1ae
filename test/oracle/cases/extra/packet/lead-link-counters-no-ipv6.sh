ip netns add a
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b serve tcp 80
ip netns exec b serve udp 53
ip netns exec a probe tcp 10.0.0.2 80
ip netns exec a probe udp 10.0.0.2 53
ip netns exec a probe tcp 10.0.0.2 81
ip -n a -s link show va | sed -n '4p;6p'
ip -n b -s link show vb | sed -n '4p;6p'
ip netns exec a cat /proc/net/dev | grep va | awk '{print $2, $3, $10, $11}'
ip -n a -j -s link show va | grep -o '"stats64":{[^}]*}[^}]*}'
ip netns exec a ifconfig va | grep packets
ip netns exec a netstat -i | grep va
