# ip route get with the flow keys ip rule selectors read: tos/dsfield, ipproto, sport, dport, mark.
ip link add dummy0 type veth peer name dummy1
ip link set dummy0 up
ip link set dummy1 up
ip addr add 10.1.0.1/24 dev dummy0
ip route add default via 10.1.0.254
ip route add default via 10.1.0.253 table 100
ip route add default via 10.1.0.252 table 101
ip route add default via 10.1.0.251 table 102
ip rule add tos 0x08 lookup 100
ip rule add ipproto udp dport 53 lookup 101
ip rule add ipproto tcp sport 1000-2000 lookup 102
ip rule show
ip route get 192.0.2.1
ip route get 192.0.2.1 tos 0x08
ip route get 192.0.2.1 tos 8
ip route get 192.0.2.1 dsfield 0x0a
ip route get 192.0.2.1 tos 0x10
ip route get 192.0.2.1 tos zz
ip route get 192.0.2.1 tos 0x100
ip route get 192.0.2.1 ipproto udp dport 53
ip route get 192.0.2.1 ipproto 17 dport 53
ip route get 192.0.2.1 ipproto 0x11 dport 0x35
ip route get 192.0.2.1 ipproto udp dport 65536
ip route get 192.0.2.1 dsfield 0X08
ip route get 192.0.2.1 dport 53
ip route get 192.0.2.1 ipproto udp dport 54
ip route get 192.0.2.1 ipproto tcp sport 1500
ip route get 192.0.2.1 ipproto tcp sport 2001
ip route get 192.0.2.1 ipproto bogus
ip route get 192.0.2.1 sport x
ip route get 192.0.2.1 from 10.1.0.9 iif dummy0 ipproto udp dport 53
ip -j route get 192.0.2.1 tos 0x08
ip route add default via 10.1.0.250 table 103
ip rule add ipproto udp lookup 103 pref 10
ip route get 192.0.2.1
ip route get 192.0.2.1 ipproto icmp
ip route get 192.0.2.1 ipproto tcp
ip route get 192.0.2.1 from 10.1.0.9 iif dummy0
ip -j route get 192.0.2.1
ip -j route get 192.0.2.1 mark 7
