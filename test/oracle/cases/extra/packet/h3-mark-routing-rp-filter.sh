# Marked traffic leaves by the second uplink; strict rp_filter drops the replies until src_valid_mark.
ip netns add lan
ip netns add isp1
ip netns add isp2
ip link add lan0 type veth peer name eth0 netns lan
ip link add up1 type veth peer name eth0 netns isp1
ip link add up2 type veth peer name eth0 netns isp2
ip addr add 192.168.1.1/24 dev lan0
ip addr add 198.51.100.2/24 dev up1
ip addr add 100.64.0.2/24 dev up2
ip link set lan0 up
ip link set up1 up
ip link set up2 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec isp1 ip link set lo up
ip netns exec isp1 ip addr add 198.51.100.1/24 dev eth0
ip netns exec isp1 ip addr add 8.8.8.8/32 dev lo
ip netns exec isp1 ip link set eth0 up
ip netns exec isp1 ip route add default via 198.51.100.2
ip netns exec isp2 ip link set lo up
ip netns exec isp2 ip addr add 100.64.0.1/24 dev eth0
ip netns exec isp2 ip addr add 8.8.8.8/32 dev lo
ip netns exec isp2 ip link set eth0 up
ip netns exec isp2 ip route add default via 100.64.0.2
ip netns exec isp1 serve tcp 443 --name isp1
ip netns exec isp2 serve tcp 443 --name isp2
ip netns exec isp1 serve udp 443 --name isp1
ip netns exec isp2 serve udp 443 --name isp2
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route add default via 198.51.100.1
ip route add default via 100.64.0.1 table 102
ip route add 192.168.1.0/24 dev lan0 table 102
ip rule add fwmark 2 table 102
iptables -t nat -A POSTROUTING -o up1 -j MASQUERADE
iptables -t nat -A POSTROUTING -o up2 -j MASQUERADE
iptables -t mangle -A PREROUTING -i lan0 -p tcp --dport 443 -j CONNMARK --set-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
ip netns exec lan probe tcp 8.8.8.8 443
ip netns exec lan probe udp 8.8.8.8 443
sysctl -w net.ipv4.conf.up2.src_valid_mark=1
ip netns exec lan probe tcp 8.8.8.8 443
sysctl -w net.ipv4.conf.up2.src_valid_mark=0
sysctl -w net.ipv4.conf.all.src_valid_mark=1
ip netns exec lan probe tcp 8.8.8.8 443
sysctl -w net.ipv4.conf.all.src_valid_mark=0
sysctl -w net.ipv4.conf.all.rp_filter=2
ip netns exec lan probe tcp 8.8.8.8 443
ip route get 8.8.8.8 from 192.168.1.10 iif lan0 mark 2
ip route get 192.168.1.10 from 8.8.8.8 iif up2 mark 2
ip route get 192.168.1.10 from 8.8.8.8 iif up2
ip route get 8.8.8.8 ipproto tcp dport 443
ip route get 8.8.8.8 mark 0x2 ipproto udp sport 5000 dport 443
iptables -t mangle -L PREROUTING -v -x -n
