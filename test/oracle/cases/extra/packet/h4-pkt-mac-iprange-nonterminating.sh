# MAC allow-listing with a fixed client MAC, iprange, addrtype with --limit-iface-in, non-terminating NFLOG/AUDIT/CLASSIFY in the path, RETURN in a built-in chain.
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
ip netns exec client ip link set eth0 address 02:00:00:00:00:02
ip netns exec client2 ip link set eth0 address 02:00:00:00:01:02
serve tcp 80 --name host
serve udp 53 --name host
iptables -A INPUT -p tcp --dport 80 -m mac --mac-source 02:00:00:00:00:02 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j REJECT --reject-with tcp-reset
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client2 probe tcp 10.0.1.1 80
iptables -I INPUT -m iprange --src-range 10.0.1.1-10.0.1.9 -p udp -j NFLOG --nflog-group 5 --nflog-prefix udp-in
iptables -I INPUT 2 -p udp -j AUDIT --type drop
iptables -I INPUT 3 -p udp -j CLASSIFY --set-class 1:10
iptables -I INPUT 4 -p udp -m iprange ! --src-range 10.0.1.1-10.0.1.9 -j RETURN
iptables -I INPUT 5 -p udp -j DROP
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client2 probe udp 10.0.1.1 53
iptables -A INPUT -m addrtype --dst-type LOCAL --limit-iface-in -p icmp -j ACCEPT
iptables -A INPUT -p icmp -j DROP
ip netns exec client probe icmp 10.0.0.1
ip netns exec client probe icmp 10.0.1.1
iptables -L INPUT -v -n --line-numbers
iptables -S INPUT
iptables-save -c -t filter
