# wg-quick style full-tunnel routing: fwmark'd traffic keeps the main table, the rest uses the tunnel.
ip netns add isp
ip netns add vpn
ip link add eth0 type veth peer name eth0 netns isp
ip link add wg0 type veth peer name eth0 netns vpn
ip addr add 192.168.0.2/24 dev eth0
ip addr add 10.66.0.2/24 dev wg0
ip link set eth0 up
ip link set wg0 up
ip netns exec isp ip link set lo up
ip netns exec isp ip addr add 192.168.0.1/24 dev eth0
ip netns exec isp ip addr add 1.1.1.1/32 dev lo
ip netns exec isp ip link set eth0 up
ip netns exec isp ip route add default via 192.168.0.2
ip netns exec vpn ip link set lo up
ip netns exec vpn ip addr add 10.66.0.1/24 dev eth0
ip netns exec vpn ip addr add 1.1.1.1/32 dev lo
ip netns exec vpn ip link set eth0 up
ip netns exec vpn ip route add default via 10.66.0.2
ip netns exec isp serve tcp 443 --name via-isp
ip netns exec vpn serve tcp 443 --name via-vpn
ip netns exec isp serve udp 51820 --name wg-endpoint
ip route add default via 192.168.0.1
probe tcp 1.1.1.1 443
ip route add default dev wg0 table 51820
ip rule add not fwmark 51820 table 51820
ip rule add table main suppress_prefixlength 0
ip rule show
probe tcp 1.1.1.1 443
probe udp 1.1.1.1 51820
iptables -t mangle -A OUTPUT -p udp --dport 51820 -j MARK --set-mark 51820
probe udp 1.1.1.1 51820
probe tcp 192.168.0.1 443
ip route get 1.1.1.1
ip route get 1.1.1.1 mark 51820
ip route get 192.168.0.1
ip rule add to 1.1.1.1 ipproto tcp dport 443 lookup main priority 100
probe tcp 1.1.1.1 443
ip rule del priority 100
ip rule add to 1.1.1.1 ipproto udp lookup main priority 100
probe tcp 1.1.1.1 443
ip rule show
iptables -t mangle -L OUTPUT -v -x -n
