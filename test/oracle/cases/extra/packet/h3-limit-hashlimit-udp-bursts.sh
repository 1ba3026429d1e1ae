# Rate limits on a router for bursts of UDP from two LAN hosts: limit, hashlimit per source, per /24, per port.
ip netns add lan
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
ip netns add lan2
ip link add lan1 type veth peer name eth0 netns lan2
ip addr add 192.168.2.1/24 dev lan1
ip link set lan1 up
ip netns exec lan2 ip link set lo up
ip netns exec lan2 ip addr add 192.168.2.10/24 dev eth0
ip netns exec lan2 ip link set eth0 up
ip netns exec lan2 ip route add default via 192.168.2.1
ip netns exec wan ip route add 192.168.2.0/24 via 203.0.113.2
ip netns exec wan serve udp 53 --name dns
ip netns exec wan serve udp 123 --name ntp
ip netns exec wan serve tcp 80 --name web
sysctl -w net.ipv4.ip_forward=1
iptables -N DNSLIM
iptables -A FORWARD -p udp --dport 53 -j DNSLIM
iptables -A DNSLIM -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-name dns -j ACCEPT
iptables -A DNSLIM -j DROP
iptables -A FORWARD -p udp --dport 123 -m hashlimit --hashlimit-above 1/hour --hashlimit-burst 3 --hashlimit-mode srcip --hashlimit-srcmask 16 --hashlimit-name ntp -j REJECT
iptables -A FORWARD -p tcp --syn -m limit --limit 2/min --limit-burst 3 -j ACCEPT
iptables -A FORWARD -p tcp --syn -j DROP
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan2 probe udp 203.0.113.1 53
ip netns exec lan2 probe udp 203.0.113.1 53
ip netns exec lan2 probe udp 203.0.113.1 53
ip netns exec lan probe udp 203.0.113.1 123
ip netns exec lan2 probe udp 203.0.113.1 123
ip netns exec lan probe udp 203.0.113.1 123
ip netns exec lan2 probe udp 203.0.113.1 123
ip netns exec lan probe udp 203.0.113.1 123
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan2 probe tcp 203.0.113.1 80
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan2 probe tcp 203.0.113.1 80
ip netns exec lan probe tcp 203.0.113.1 80
iptables -L FORWARD -v -x -n
iptables -L DNSLIM -v -x -n
iptables-save -c -t filter
