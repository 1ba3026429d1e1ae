# HMARK spreads flows by a hash of the addresses (ports left out so the hash is fixed); TPROXY-free mark checks count where each flow lands; CHECKSUM and IDLETIMER in the path.
ip netns add client
ip netns add client2
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip link add veth1 type veth peer name eth0
ip link set eth0 netns client2
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client2 ip addr add 10.0.1.2/24 dev eth0
ip netns exec client2 ip link set eth0 up
ip netns exec client2 ip link set lo up
serve tcp 80 --name host
serve udp 53 --name host
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 4 --hmark-offset 100 --hmark-rnd 0xcafe
iptables -t mangle -A PREROUTING -p udp -j CHECKSUM --checksum-fill
iptables -A INPUT -m mark --mark 100
iptables -A INPUT -m mark --mark 101
iptables -A INPUT -m mark --mark 102
iptables -A INPUT -m mark --mark 103
iptables -A INPUT -m mark ! --mark 100/0xfffffffc
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client2 probe tcp 10.0.1.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client2 probe udp 10.0.1.1 53
iptables -t mangle -R PREROUTING 1 -j HMARK --hmark-tuple src,dst,proto --hmark-mod 4 --hmark-offset 100 --hmark-rnd 0x1
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
iptables -L INPUT -v -n -x
iptables -t mangle -S
iptables-save -c -t mangle
