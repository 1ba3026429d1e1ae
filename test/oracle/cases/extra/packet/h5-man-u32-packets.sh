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
iptables -A OUTPUT -m u32 --u32 "0 & 0xFFFF = 0x100:0xFFFF"
iptables -A OUTPUT -m u32 --u32 "0 & 0xFFFF = 0x40:0x60"
iptables -A OUTPUT -m u32 --u32 "6 & 0xFF = 1 && 4 & 0x3FFF = 0 && 0 >> 22 & 0x3C @ 0 >> 24 = 0"
iptables -A INPUT -m u32 --u32 "6 & 0xFF = 1 && 4 & 0x3FFF = 0 && 0 >> 22 & 0x3C @ 0 >> 24 = 8"
iptables -A OUTPUT -m u32 --u32 "6 & 0xFF = 6 && 0 >> 22 & 0x3C @ 12 >> 26 & 0x3C @ 0 = 0x7b227365"
iptables -A OUTPUT -m u32 --u32 "6 & 0xFF = 17 && 0 >> 22 & 0x3C @ 8 = 0x7b227365"
iptables -A OUTPUT -m u32 --u32 "6 & 0xFF = 17 && 0 >> 22 & 0x3C @ 0 & 0xFFFF = 1024:65535"
iptables -A INPUT -m u32 --u32 "6 & 0xFF = 17 && 0 >> 22 & 0x3C @ 0 & 0xFFFF = 53"
iptables -A INPUT -m u32 --u32 "6 & 0xFF = 6 && 0 >> 22 & 0x3C @ 12 >> 24 & 0xF0 = 0xA0"
iptables -A INPUT -m u32 --u32 "6 & 0xFF = 6 && 0 >> 22 & 0x3C @ 12 >> 24 & 0xF0 = 0x80"
iptables -A INPUT -m u32 --u32 "6 & 0xFF = 6 && 0 >> 22 & 0x3C @ 12 & 0x3F = 0x02"
iptables -A INPUT -m u32 --u32 "6 & 0xFF = 6 && 0 >> 22 & 0x3C @ 12 & 0x3F = 0x10"
iptables -A INPUT -m u32 --u32 "8 >> 24 = 64"
iptables -A INPUT -m u32 --u32 "12 = 0x0a000002 && 16 = 0x0a000001"
iptables -A INPUT -m u32 --u32 "0 >> 24 = 0x45"
iptables -A INPUT -m u32 --u32 "4 & 0x4000 = 0x4000"
iptables -A INPUT -m u32 --u32 "1000 = 0"
iptables -A INPUT -m u32 ! --u32 "1000 = 0"
iptables -A INPUT -m u32 --u32 "0 >> 22 & 0x3C @ 100 = 0"
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe icmp 10.0.0.1
iptables -L -n -v -x
