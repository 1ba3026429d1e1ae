ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve udp 53
iptables -t mangle -A PREROUTING -p tcp -j TTL --ttl-set 5
iptables -t mangle -A PREROUTING -p udp -j TTL --ttl-dec 3
iptables -t mangle -A PREROUTING -p tcp -j TOS --set-tos 0x10/0x3f
iptables -t mangle -A PREROUTING -p udp -j DSCP --set-dscp-class AF41
iptables -t mangle -A PREROUTING -p tcp --syn -j TCPOPTSTRIP --strip-options mss
iptables -t mangle -A PREROUTING -p tcp -j HMARK --hmark-tuple src,dst,dport,proto --hmark-mod 65536 --hmark-rnd 0x12345678
iptables -t mangle -A PREROUTING -p udp -j HMARK --hmark-tuple ct,src,dst,proto --hmark-mod 65536 --hmark-offset 0x10000 --hmark-rnd 0xfeedcafe
iptables -t mangle -A PREROUTING -p icmp -j HMARK --hmark-src-prefix 24 --hmark-dst-prefix 16 --hmark-mod 65536 --hmark-offset 0x20000 --hmark-rnd 1
iptables -A INPUT -m ttl --ttl-eq 5
iptables -A INPUT -m ttl --ttl-eq 61
iptables -A INPUT -m ttl --ttl-lt 64
iptables -A INPUT -m tos --tos 0x10/0x3f
iptables -A INPUT -m dscp --dscp-class AF41
iptables -A INPUT -m dscp --dscp 0
iptables -A INPUT -p tcp --syn -m tcpmss --mss 1:65535
iptables -A INPUT -p tcp --syn -m tcpmss ! --mss 1:65535
iptables -A INPUT -m mark --mark 0
iptables -A INPUT -m mark --mark 1
iptables -A INPUT -m mark ! --mark 0:1
iptables -A INPUT -m conntrack --ctstate INVALID
iptables -A INPUT -p tcp -m mark --mark 0x1/0x1
iptables -A INPUT -p tcp -m mark --mark 0x2/0x2
iptables -A INPUT -p tcp -m mark --mark 0x4/0x4
iptables -A INPUT -p tcp -m mark --mark 0x8/0x8
iptables -A INPUT -p tcp -m mark --mark 0x10/0x10
iptables -A INPUT -p tcp -m mark --mark 0x20/0x20
iptables -A INPUT -p tcp -m mark --mark 0x40/0x40
iptables -A INPUT -p tcp -m mark --mark 0x80/0x80
iptables -A INPUT -p tcp -m mark --mark 0x100/0x100
iptables -A INPUT -p tcp -m mark --mark 0x200/0x200
iptables -A INPUT -p tcp -m mark --mark 0x400/0x400
iptables -A INPUT -p tcp -m mark --mark 0x800/0x800
iptables -A INPUT -p tcp -m mark --mark 0x1000/0x1000
iptables -A INPUT -p tcp -m mark --mark 0x2000/0x2000
iptables -A INPUT -p tcp -m mark --mark 0x4000/0x4000
iptables -A INPUT -p tcp -m mark --mark 0x8000/0x8000
iptables -A INPUT -p tcp -m mark --mark 0x10000/0x10000
iptables -A INPUT -p tcp -m mark --mark 0x20000/0x20000
iptables -A INPUT -p udp -m mark --mark 0x1/0x1
iptables -A INPUT -p udp -m mark --mark 0x2/0x2
iptables -A INPUT -p udp -m mark --mark 0x4/0x4
iptables -A INPUT -p udp -m mark --mark 0x8/0x8
iptables -A INPUT -p udp -m mark --mark 0x10/0x10
iptables -A INPUT -p udp -m mark --mark 0x20/0x20
iptables -A INPUT -p udp -m mark --mark 0x40/0x40
iptables -A INPUT -p udp -m mark --mark 0x80/0x80
iptables -A INPUT -p udp -m mark --mark 0x100/0x100
iptables -A INPUT -p udp -m mark --mark 0x200/0x200
iptables -A INPUT -p udp -m mark --mark 0x400/0x400
iptables -A INPUT -p udp -m mark --mark 0x800/0x800
iptables -A INPUT -p udp -m mark --mark 0x1000/0x1000
iptables -A INPUT -p udp -m mark --mark 0x2000/0x2000
iptables -A INPUT -p udp -m mark --mark 0x4000/0x4000
iptables -A INPUT -p udp -m mark --mark 0x8000/0x8000
iptables -A INPUT -p udp -m mark --mark 0x10000/0x10000
iptables -A INPUT -p udp -m mark --mark 0x20000/0x20000
iptables -A INPUT -p icmp -m mark --mark 0x1/0x1
iptables -A INPUT -p icmp -m mark --mark 0x2/0x2
iptables -A INPUT -p icmp -m mark --mark 0x4/0x4
iptables -A INPUT -p icmp -m mark --mark 0x8/0x8
iptables -A INPUT -p icmp -m mark --mark 0x10/0x10
iptables -A INPUT -p icmp -m mark --mark 0x20/0x20
iptables -A INPUT -p icmp -m mark --mark 0x40/0x40
iptables -A INPUT -p icmp -m mark --mark 0x80/0x80
iptables -A INPUT -p icmp -m mark --mark 0x100/0x100
iptables -A INPUT -p icmp -m mark --mark 0x200/0x200
iptables -A INPUT -p icmp -m mark --mark 0x400/0x400
iptables -A INPUT -p icmp -m mark --mark 0x800/0x800
iptables -A INPUT -p icmp -m mark --mark 0x1000/0x1000
iptables -A INPUT -p icmp -m mark --mark 0x2000/0x2000
iptables -A INPUT -p icmp -m mark --mark 0x4000/0x4000
iptables -A INPUT -p icmp -m mark --mark 0x8000/0x8000
iptables -A INPUT -p icmp -m mark --mark 0x10000/0x10000
iptables -A INPUT -p icmp -m mark --mark 0x20000/0x20000
iptables -A OUTPUT -m ttl --ttl-eq 64
iptables -A OUTPUT -m dscp --dscp 0
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe icmp 10.0.0.1
iptables -t mangle -L PREROUTING -n -v -x
iptables -L INPUT -n -v -x
iptables -L OUTPUT -n -v -x
