# Home NAT router guide: forwarding off then on through /proc, MASQUERADE out of eth0, the FORWARD pair, DROP policy, a learner masquerading on the wrong interface and fixing it with -R
ip netns add lan
ip netns add isp
ip link add eth1 type veth peer name pc0
ip link set pc0 netns lan
ip link add eth0 type veth peer name up0
ip link set up0 netns isp
ip addr add 192.168.1.1/24 dev eth1
ip addr add 198.51.100.2/24 dev eth0
ip link set eth1 up
ip link set eth0 up
ip netns exec lan ip addr add 192.168.1.2/24 dev pc0
ip netns exec lan ip link set pc0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec isp ip addr add 198.51.100.1/24 dev up0
ip netns exec isp ip link set up0 up
ip netns exec isp ip link set lo up
ip netns exec isp serve tcp 80
ip netns exec isp serve udp 53
cat /proc/sys/net/ipv4/ip_forward
ip netns exec lan probe tcp 198.51.100.1 80 --timeout 0.3
echo 1 > /proc/sys/net/ipv4/ip_forward
sysctl net.ipv4.ip_forward
ip netns exec lan probe tcp 198.51.100.1 80 --timeout 0.3
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip netns exec lan probe tcp 198.51.100.1 80
iptables -A FORWARD -i eth0 -o eth1 -m state --state RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -i eth1 -o eth0 -j ACCEPT
iptables -P FORWARD DROP
ip netns exec lan probe tcp 198.51.100.1 80
ip netns exec lan probe udp 198.51.100.1 53
ip netns exec lan probe icmp 198.51.100.1
ip netns exec isp probe tcp 198.51.100.2 80
ip netns exec isp probe icmp 192.168.1.2 --timeout 0.3
iptables -t nat -L POSTROUTING -n -v --line-numbers
iptables -L FORWARD -n -v
iptables -t nat -R POSTROUTING 1 -o eth1 -j MASQUERADE
ip netns exec lan probe tcp 198.51.100.1 80 --timeout 0.3
iptables -t nat -R POSTROUTING 1 -o eth0 -j MASQUERADE
ip netns exec lan probe tcp 198.51.100.1 80
iptables -t nat -D POSTROUTING 1
iptables -t nat -D POSTROUTING 1
iptables-save -c | grep -v '^#'
