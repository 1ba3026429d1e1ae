# Siblings of snat-vs-masquerade: SNAT to an address the node does not own, SNAT range, MASQUERADE --to-ports, SNAT in the wrong chain (error), -j SNAT without --to.
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
ip addr add 192.168.100.77/24 dev vext
ip netns exec ext serve tcp 80
ip netns exec ext serve udp 53
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -o vext -j SNAT --to-source 192.168.100.99
ip netns exec pod probe tcp 192.168.100.2 80
ip netns exec pod probe udp 192.168.100.2 53
iptables -t nat -R POSTROUTING 1 -o vext -p udp -j SNAT --to-source 192.168.100.1-192.168.100.1:2000-2000
ip netns exec pod probe udp 192.168.100.2 53
iptables -t nat -A POSTROUTING -o vext -p tcp -j MASQUERADE --to-ports 3000
ip netns exec pod probe tcp 192.168.100.2 80
iptables -t nat -A PREROUTING -o vext -j MASQUERADE
iptables -t nat -A PREROUTING -i vpod -j SNAT --to-source 192.168.100.77
iptables -t nat -A INPUT -i vpod -j SNAT --to-source 192.168.100.77
iptables -t nat -A POSTROUTING -j SNAT
iptables -A FORWARD -o vext -j MASQUERADE
iptables -t nat -A POSTROUTING -o vext -j MASQUERADE --to-ports 3000
iptables -t nat -I POSTROUTING 1 -o vext -p icmp -j SNAT --to-source 192.168.100.77
ip netns exec pod probe icmp 192.168.100.2
iptables -t nat -L POSTROUTING -n --line-numbers
iptables -t nat -L -v -n -x
iptables-save -c -t nat
