# Siblings of statistic-nth-drop / limit-match-burst: nth over every packet (not just SYNs), --packet offsets, limit in a user chain, counters in -x and -S -v.
ip netns add client
ip netns add client2
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip link add veth1 type veth peer name eth0
ip link set eth0 netns client2
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client2 ip addr add 10.0.1.2/24 dev eth0
ip netns exec client2 ip link set eth0 up
ip netns exec client2 ip link set lo up
serve tcp 80 --name host
serve udp 53 --name host
iptables -A INPUT -s 10.0.0.2 -p tcp --dport 80 -m statistic --mode nth --every 3 --packet 2 -j DROP
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
iptables -L INPUT -v -x -n
iptables -R INPUT 1 -s 10.0.0.2 -p udp -m statistic --mode nth --every 2 --packet 1 -j DROP
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
iptables -S INPUT -v
iptables -N RATE
iptables -A RATE -m limit --limit 2/hour --limit-burst 3 -j RETURN
iptables -A RATE -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -s 10.0.1.2 -p icmp --icmp-type echo-request -j RATE
ip netns exec client2 probe icmp 10.0.1.1
ip netns exec client2 probe icmp 10.0.1.1
ip netns exec client2 probe icmp 10.0.1.1
ip netns exec client2 probe icmp 10.0.1.1
ip netns exec client2 probe icmp 10.0.1.1
iptables -L RATE -v -n
iptables -A INPUT -s 10.0.1.2 -p udp -m limit --limit 1/day --limit-burst 1 -j ACCEPT
iptables -A INPUT -s 10.0.1.2 -p udp -j DROP
ip netns exec client2 probe udp 10.0.1.1 53
ip netns exec client2 probe udp 10.0.1.1 53
iptables-save -c
