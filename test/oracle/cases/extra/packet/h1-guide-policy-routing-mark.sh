# Policy-routing guide: send web traffic out of a second uplink with a mangle MARK and an ip rule, hit the source-address surprise, fix it with MASQUERADE, and the CONNMARK save/restore lines guides add
ip netns add isp1
ip netns add isp2
ip link add up1 type veth peer name wan
ip link set wan netns isp1
ip link add up2 type veth peer name wan
ip link set wan netns isp2
ip addr add 10.1.0.1/24 dev up1
ip addr add 10.2.0.1/24 dev up2
ip link set up1 up
ip link set up2 up
ip netns exec isp1 ip addr add 10.1.0.2/24 dev wan
ip netns exec isp1 ip addr add 198.51.100.10/32 dev lo
ip netns exec isp1 ip link set wan up
ip netns exec isp1 ip link set lo up
ip netns exec isp2 ip addr add 10.2.0.2/24 dev wan
ip netns exec isp2 ip addr add 198.51.100.10/32 dev lo
ip netns exec isp2 ip link set wan up
ip netns exec isp2 ip link set lo up
ip netns exec isp1 serve tcp 80
ip netns exec isp1 serve tcp 22
ip netns exec isp2 serve tcp 80
ip netns exec isp2 serve tcp 22
ip route add default via 10.1.0.2
probe tcp 198.51.100.10 80
iptables -t mangle -A OUTPUT -p tcp --dport 80 -j MARK --set-mark 1
ip rule add fwmark 1 table 100
ip route add default via 10.2.0.2 table 100
ip rule show
ip route show table 100
probe tcp 198.51.100.10 80 --timeout 0.3
probe tcp 198.51.100.10 22
iptables -t nat -A POSTROUTING -o up2 -j MASQUERADE
probe tcp 198.51.100.10 80
probe tcp 198.51.100.10 22
iptables -t mangle -L OUTPUT -v -n
iptables -t nat -L POSTROUTING -v -n
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -A OUTPUT -j CONNMARK --restore-mark
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark
iptables -t mangle -A OUTPUT -m mark ! --mark 0 -j ACCEPT
iptables -t mangle -A OUTPUT -p tcp --dport 443 -j MARK --set-mark 0x1/0xff
iptables -t mangle -A OUTPUT -p tcp --dport 8443 -j MARK --set-xmark 2
iptables -t mangle -A OUTPUT -j MARK --and-mark 0xff
iptables -t mangle -A OUTPUT -j MARK
iptables -t mangle -A OUTPUT -j CONNMARK --save-mark --mask 0xff
iptables -t mangle -S
probe tcp 198.51.100.10 80
ip rule del fwmark 1 table 100
probe tcp 198.51.100.10 80
ip rule show
