# Two uplinks: new LAN connections alternate by nth + CONNMARK, replies restore the mark, and the router's own traffic is steered by a mark in mangle OUTPUT.
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
ip netns exec isp1 ip addr add 9.9.9.9/32 dev lo
ip netns exec isp1 ip link set eth0 up
ip netns exec isp2 ip link set lo up
ip netns exec isp2 ip addr add 100.64.0.1/24 dev eth0
ip netns exec isp2 ip addr add 9.9.9.9/32 dev lo
ip netns exec isp2 ip link set eth0 up
ip netns exec isp1 serve tcp 443 --name isp1
ip netns exec isp2 serve tcp 443 --name isp2
ip netns exec isp1 serve udp 53 --name isp1
ip netns exec isp2 serve udp 53 --name isp2
sysctl -w net.ipv4.ip_forward=1
ip route add default via 198.51.100.1
ip route add default via 100.64.0.1 table isp2
ip route add default via 100.64.0.1 table 200
ip rule add fwmark 0x2/0xff lookup 200 priority 100
ip rule show
iptables -t nat -A POSTROUTING -o up1 -j MASQUERADE
iptables -t nat -A POSTROUTING -o up2 -j MASQUERADE
iptables -t mangle -N BALANCE
iptables -t mangle -A PREROUTING -i lan0 -m conntrack --ctstate NEW -j BALANCE
iptables -t mangle -A PREROUTING -i lan0 -m conntrack --ctstate ESTABLISHED,RELATED -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -A BALANCE -m statistic --mode nth --every 2 --packet 0 -j MARK --set-xmark 0x1/0xff
iptables -t mangle -A BALANCE -m statistic --mode nth --every 2 --packet 1 -j MARK --set-xmark 0x2/0xff
iptables -t mangle -A BALANCE -j CONNMARK --save-mark --mask 0xff
ip netns exec lan probe tcp 9.9.9.9 443
ip netns exec lan probe tcp 9.9.9.9 443
ip netns exec lan probe udp 9.9.9.9 53
ip netns exec lan probe udp 9.9.9.9 53
ip netns exec lan probe tcp 9.9.9.9 443
probe tcp 9.9.9.9 443
iptables -t mangle -A OUTPUT -p tcp --dport 443 -j MARK --set-mark 0x2
probe tcp 9.9.9.9 443
probe udp 9.9.9.9 53
iptables -t mangle -L -v -x -n
iptables -t nat -L POSTROUTING -v -x -n
iptables-save -c -t mangle
