# u32 expressions from guides (protocol, ports, flags, TTL), next to the named matches.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve udp 53
serve tcp 80
iptables -A INPUT -m u32 --u32 "6&0xFF=17" -j LOG --log-prefix "udp "
iptables -A INPUT -m u32 --u32 "6&0xFF=6" -j LOG --log-prefix "tcp "
iptables -A INPUT -m u32 --u32 "6&0xFF=1" -j LOG --log-prefix "icmp "
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@0&0xFFFF=53" -j LOG --log-prefix "dport53 "
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@0>>16=1024:65535" -j LOG --log-prefix "highsport "
iptables -A INPUT -p tcp -m u32 --u32 "0>>22&0x3C@12>>26&0x3C@0=0" -j LOG --log-prefix "no-payload-word "
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@13&0x02=0x02" -p tcp -j LOG --log-prefix "syn-bit "
iptables -A INPUT -m u32 --u32 "8>>24=64" -j LOG --log-prefix "ttl64 "
iptables -A INPUT -m u32 --u32 "0&0xFFFF=0x0000:0x0040" -j LOG --log-prefix "small "
iptables -A INPUT -p tcp -m u32 --u32 "0>>22&0x3C@20>>16=0x0204" -j LOG --log-prefix "mss-first "
iptables -A INPUT -p tcp -m u32 --u32 "0>>22&0x3C@20&0xFFFF=1460" -j LOG --log-prefix "mss1460 "
iptables -A INPUT -p tcp -m u32 --u32 "0>>22&0x3C@12>>28=10" -j LOG --log-prefix "doff10 "
iptables -A INPUT -p tcp -m u32 --u32 "0>>22&0x3C@12>>28=8" -j LOG --log-prefix "doff8 "
iptables -A INPUT -m u32 --u32 "4&0x4000=0x4000" -j LOG --log-prefix "df "
iptables -A OUTPUT -m u32 --u32 "4&0x4000=0x4000" -j LOG --log-prefix "out-df "
iptables -A OUTPUT -m u32 --u32 "4&0x4000=0" -j LOG --log-prefix "out-no-df "
iptables -A INPUT -m u32 --u32 "12=0x0a000002 && 16=0x0a000001" -j LOG --log-prefix "addrs "
iptables -A INPUT -m u32 ! --u32 "6&0xFF=6" -j LOG --log-prefix "not-tcp "
iptables -A INPUT -p icmp -m u32 --u32 "0>>22&0x3C@0>>24=8" -j LOG --log-prefix "echo-req "
iptables -A INPUT -m u32 --u32 "4&0x3FFF=0x4000" -j LOG --log-prefix "df-only "
iptables -A INPUT -m u32 --u32 "4&0x3FFF=0" -j LOG --log-prefix "no-df "
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe icmp 10.0.0.1
iptables -L -v -x -n
iptables -S INPUT
