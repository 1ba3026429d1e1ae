# Wrong fixes a learner tries for forwarding and route_localnet, and the sysctl texts they get; -L without -n after traffic.
ip netns add pod
ip netns add ext
ip link add vpod type veth peer name eth0
ip link set eth0 netns pod
ip link add vext type veth peer name eth0
ip link set eth0 netns ext
ip addr add 10.244.0.1/24 dev vpod
ip addr add 192.168.100.1/24 dev vext
ip link set vpod up
ip link set vext up
ip netns exec pod ip link set lo up
ip netns exec pod ip addr add 10.244.0.2/24 dev eth0
ip netns exec pod ip link set eth0 up
ip netns exec pod ip route add default via 10.244.0.1
ip netns exec ext ip link set lo up
ip netns exec ext ip addr add 192.168.100.2/24 dev eth0
ip netns exec ext ip link set eth0 up
ip netns exec ext serve tcp 80
iptables -t nat -A POSTROUTING -o vext -j MASQUERADE
sysctl -w net.ipv4.ip_forward = 1
sysctl net.ipv4.ip_forward=1
ip netns exec pod probe tcp 192.168.100.2 80
sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.conf.eth0.forwarding=1
sysctl -w net.ipv4.conf.vpod.route_localnet=yes
sysctl -w net.ipv4.ipforward=1
sysctl -w net/ipv4/ip_forward=1
ip netns exec pod probe tcp 192.168.100.2 80
sysctl -w net.ipv4.conf.all.forwarding=0
sysctl -q -w net.ipv4.ip_forward=1
sysctl -e -w net.ipv4.conf.nope.forwarding=1
sysctl -n net.ipv4.ip_forward
sysctl -a 2>/dev/null | grep -E '^net.ipv4.conf.(vpod|vext).(forwarding|rp_filter|route_localnet) '
ip netns exec pod sysctl net.ipv4.ip_forward
ip netns exec pod probe tcp 192.168.100.2 80
ip netns exec pod probe tcp 192.168.100.2 81
iptables -t nat -L POSTROUTING -v
iptables -L -v --line-numbers
