# NFQUEUE with no listener on a host and a router: local senders, forwarded flows, bypass, and which table.
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
ip netns exec wan serve tcp 80 --name web
ip netns exec wan serve udp 53 --name dns
ip netns exec wan serve udp 54 --name dns2
sysctl -w net.ipv4.ip_forward=1
iptables -A OUTPUT -p udp --dport 53 -j NFQUEUE --queue-num 5
iptables -A OUTPUT -p icmp -j NFQUEUE
iptables -A OUTPUT -p tcp --dport 80 -j NFQUEUE --queue-num 7
probe udp 203.0.113.1 53
probe icmp 203.0.113.1
probe tcp 203.0.113.1 80
iptables -R OUTPUT 1 -p udp --dport 53 -j NFQUEUE --queue-num 5 --queue-bypass
iptables -R OUTPUT 2 -p icmp -j NFQUEUE --queue-balance 2:3 --queue-bypass
probe udp 203.0.113.1 53
probe icmp 203.0.113.1
iptables -F OUTPUT
iptables -A FORWARD -i lan0 -p udp --dport 53 -j NFQUEUE --queue-num 0
iptables -A FORWARD -i lan0 -p udp --dport 54 -j NFQUEUE --queue-num 0 --queue-bypass
iptables -t mangle -A PREROUTING -i lan0 -p tcp --dport 80 -j NFQUEUE --queue-num 9
iptables -t raw -A PREROUTING -i lan0 -p icmp -j NFQUEUE --queue-num 9 --queue-bypass
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan probe udp 203.0.113.1 54
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe icmp 203.0.113.1
ip netns exec wan probe udp 192.168.1.10 53
iptables -t nat -A POSTROUTING -o wan0 -p udp --dport 54 -j NFQUEUE --queue-num 4
ip netns exec lan probe udp 203.0.113.1 54
iptables -L -v -x -n
iptables -t mangle -L PREROUTING -v -x -n
iptables -t raw -L PREROUTING -v -x -n
iptables -t nat -L POSTROUTING -v -x -n
iptables-legacy -A OUTPUT -p udp --dport 53 -j QUEUE
probe udp 203.0.113.1 53
probe udp 203.0.113.1 54
iptables-legacy -L OUTPUT -v -x -n
iptables-save -c
