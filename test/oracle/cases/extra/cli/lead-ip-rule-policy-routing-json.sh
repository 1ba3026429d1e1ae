ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip addr add 10.1.0.1/24 dev veth0
ip addr add 10.2.0.1/24 dev veth2
ip link set veth0 up
ip link set veth2 up
ip route add default via 10.1.0.254
ip route add default via 10.2.0.254 table 100
ip rule add fwmark 0x1 table 100
ip rule add fwmark 0x2/0xff lookup 100 priority 200
ip rule add from 10.2.0.0/24 table 100
ip rule add to 8.8.4.4 table 100
ip rule add iif veth1 table 100
ip rule add oif veth2 table 100
ip rule add dport 53 ipproto udp table 100
ip rule
ip route get 8.8.8.8
ip route get 8.8.8.8 mark 1
ip route get 8.8.8.8 mark 0x102
ip route get 8.8.8.8 from 10.2.0.1
ip route get 8.8.4.4
ip route get 8.8.8.8 oif veth2
ip route get 8.8.8.8 ipproto udp dport 53
ip route get 8.8.8.8 ipproto tcp dport 53
ip route get 8.8.8.8 mark 1 from 10.1.0.1
ip route show table 100
ip route show table all | grep -v local
ip -4 rule show table 100
ip rule del fwmark 0x1 table 100
ip rule list
ip rule flush
ip rule
ip rule add fwmark 3 table 5 prio 0
ip rule add fwmark 4 table main suppress_prefixlength 0
ip rule
ip route get 8.8.8.8 mark 4
ip -j rule show
ip rule add from 10.0.0.0/8 to 192.168.0.0/16 tos 0x10 fwmark 0x5/0xff iif veth0 oif veth3 uidrange 1000-2000 ipproto tcp sport 1000-2000 dport 80 table 100 prio 100
ip rule add fwmark 4 table main suppress_prefixlength 0 prio 101
ip rule add not from 10.1.0.0/16 goto 300 prio 102
ip rule add from 10.9.0.0/16 nop prio 103
ip rule add to 10.8.0.0/16 blackhole prio 104
ip rule add to 10.7.0.0/16 prohibit prio 105
ip rule add to 10.6.0.0/16 unreachable prio 106
ip rule add to 10.5.0.0/16 realms 3/4 table 7 prio 107
ip rule add from 1.2.3.4 iif nosuch table 8 prio 108
ip rule add ipproto udp dport 53-54 table 9 prio 109
ip rule add uidrange 0-0 table 10 prio 110
ip rule add to 10.5.0.0/16 realms 4 table 7 prio 111
ip rule add dsfield 0x20 table 12 prio 112
ip rule
ip -j rule
ip -j -p rule show prio 100
ip -6 -j rule
