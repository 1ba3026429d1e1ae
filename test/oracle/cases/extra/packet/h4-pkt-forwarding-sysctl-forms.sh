# Siblings of pod-egress-masquerade-ip-forward: forwarding per interface vs all, /proc writes, sysctl read forms, no MASQUERADE (reply has no route).
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
ip netns exec ext serve udp 53
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.vpod.forwarding
sysctl -w net.ipv4.conf.vpod.forwarding=1
ip netns exec pod probe tcp 192.168.100.2 80
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.conf.vext.forwarding=1
ip netns exec pod probe tcp 192.168.100.2 80
ip netns exec ext ip route add 10.244.0.0/16 via 192.168.100.1
ip netns exec pod probe tcp 192.168.100.2 80
ip netns exec pod probe udp 192.168.100.2 53
sysctl -w net.ipv4.conf.vpod.forwarding=0
ip netns exec pod probe tcp 192.168.100.2 80
ip netns exec ext ip route del 10.244.0.0/16
echo 1 > /proc/sys/net/ipv4/ip_forward
cat /proc/sys/net/ipv4/conf/vpod/forwarding /proc/sys/net/ipv4/conf/vext/forwarding /proc/sys/net/ipv4/conf/all/forwarding
iptables -t nat -A POSTROUTING -s 10.244.0.0/16 ! -d 10.244.0.0/16 -j MASQUERADE
ip netns exec pod probe tcp 192.168.100.2 80
ip netns exec pod probe udp 192.168.100.2 53
ip netns exec pod probe icmp 192.168.100.2
sysctl -w net.ipv4.ip_forward=0
sysctl -n net.ipv4.conf.vpod.forwarding net.ipv4.conf.default.forwarding
ip netns exec pod probe tcp 192.168.100.2 80
sysctl -w net.ipv4.conf.all.forwarding=1
ip netns exec pod probe icmp 192.168.100.2
sysctl net.ipv4.ip_forward
iptables -t nat -L POSTROUTING -v -n -x
iptables-save -c -t nat
