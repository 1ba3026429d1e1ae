# ip route get's flow words: ipproto by /etc/protocols name or alias (decimal numbers only),
# and the kernel builds only TCP, UDP or ICMP requests; tos/dsfield take rt_dsfield names;
# a flow word without its value is an incomplete command line.
ip link add d0 type veth peer name d1
ip link set d0 up
ip link set d1 up
ip addr add 10.0.0.2/24 dev d0
ip route add 10.9.0.0/16 via 10.0.0.9 table 100
ip route add 10.9.0.0/16 via 10.0.0.8 table 101
ip rule add tos 0x08 lookup 100
ip rule add ipproto tcp dport 443 lookup 101
ip route get 10.9.1.1 ipproto UDP
ip route get 10.9.1.1 ipproto TCP dport 443
ip route get 10.9.1.1 ipproto 6 dport 0x1bb
ip route get 10.9.1.1 ipproto 006 dport 443
ip route get 10.9.1.1 ipproto 0x6
ip route get 10.9.1.1 ipproto gre
ip route get 10.9.1.1 ipproto 47
ip route get 10.9.1.1 ipproto 0
ip route get 10.9.1.1 ipproto igmp
ip route get 10.9.1.1 ipproto ICMP
ip route get 10.9.1.1 ipproto 256
ip route get 10.9.1.1 ipproto sctp iif nosuch from 10.0.0.5
ip route get 10.9.1.1 ipproto ipv6-icmp from 10.0.0.5 iif d1
ip route get 10.9.1.1 tos 0x08
ip route get 10.9.1.1 tos 8
ip route get 10.9.1.1 dsfield AF11
ip route get 10.9.1.1 tos CS1
ip route get 10.9.1.1 tos af11
ip route get 10.9.1.1 tos EF
ip route get 10.9.1.1 tos default
ip route get 10.9.1.1 tos 0x008
ip route get 10.9.1.1 tos
ip route get 10.9.1.1 dsfield
ip route get 10.9.1.1 ipproto
ip route get 10.9.1.1 sport
ip route get 10.9.1.1 dport
ip route get 10.9.1.1 dport 22 tos
ip route get tos 0x08
