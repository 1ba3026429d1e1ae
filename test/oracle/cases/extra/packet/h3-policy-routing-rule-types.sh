# ip rule selectors and actions a router uses: from/to/iif/tos/fwmark masks, goto, prohibit, blackhole, throw.
ip netns add a
ip netns add b
ip netns add up1
ip netns add up2
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link add u1 type veth peer name eth0 netns up1
ip link add u2 type veth peer name eth0 netns up2
ip addr add 10.1.0.1/24 dev va
ip addr add 10.2.0.1/24 dev vb
ip addr add 172.31.1.2/24 dev u1
ip addr add 172.31.2.2/24 dev u2
ip link set va up
ip link set vb up
ip link set u1 up
ip link set u2 up
ip netns exec a ip link set lo up
ip netns exec a ip addr add 10.1.0.10/24 dev eth0
ip netns exec a ip link set eth0 up
ip netns exec a ip route add default via 10.1.0.1
ip netns exec b ip link set lo up
ip netns exec b ip addr add 10.2.0.10/24 dev eth0
ip netns exec b ip link set eth0 up
ip netns exec b ip route add default via 10.2.0.1
ip netns exec up1 ip link set lo up
ip netns exec up1 ip addr add 172.31.1.1/24 dev eth0
ip netns exec up1 ip addr add 5.5.5.5/32 dev lo
ip netns exec up1 ip link set eth0 up
ip netns exec up1 ip route add default via 172.31.1.2
ip netns exec up2 ip link set lo up
ip netns exec up2 ip addr add 172.31.2.1/24 dev eth0
ip netns exec up2 ip addr add 5.5.5.5/32 dev lo
ip netns exec up2 ip link set eth0 up
ip netns exec up2 ip route add default via 172.31.2.2
ip netns exec up1 serve tcp 80 --name up1
ip netns exec up2 serve tcp 80 --name up2
ip netns exec up1 serve udp 53 --name up1
ip netns exec up2 serve udp 53 --name up2
sysctl -w net.ipv4.ip_forward=1
ip route add default via 172.31.1.1
ip route add default via 172.31.2.1 table 2
ip route add throw 5.5.5.0/24 table 3
ip route add blackhole default table 4
ip rule add iif vb lookup 2 priority 200
ip netns exec a probe tcp 5.5.5.5 80
ip netns exec b probe tcp 5.5.5.5 80
ip rule add from 10.1.0.0/24 ipproto udp lookup 2 priority 150
ip netns exec a probe udp 5.5.5.5 53
ip netns exec a probe tcp 5.5.5.5 80
iptables -t mangle -A PREROUTING -i va -p tcp -j MARK --set-mark 0x300/0xf00
ip rule add fwmark 0x300/0xf00 lookup 3 priority 120
ip netns exec a probe tcp 5.5.5.5 80
ip rule add fwmark 0x300/0xf00 lookup 4 priority 130
ip netns exec a probe tcp 5.5.5.5 80
ip rule add iif va goto 200 priority 110
ip netns exec a probe tcp 5.5.5.5 80
ip rule add from 10.2.0.10 prohibit priority 50
ip netns exec b probe tcp 5.5.5.5 80
ip netns exec b probe udp 5.5.5.5 53
ip rule add from 10.2.0.10 to 5.5.5.5 blackhole priority 40
ip netns exec b probe tcp 5.5.5.5 80
ip rule show
ip route show table all type throw
ip route get 5.5.5.5 from 10.1.0.10 iif va mark 0x300
ip route get 5.5.5.5 from 10.2.0.10 iif vb
