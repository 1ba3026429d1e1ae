# Per-client concurrent-flow limits on a DNS server: UDP flows stay in conntrack, so they count.
ip netns add c1
ip netns add c2
ip link add br0 type bridge
ip link set br0 up
ip link add v1 type veth peer name eth0 netns c1
ip link add v2 type veth peer name eth0 netns c2
ip link set v1 master br0
ip link set v2 master br0
ip link set v1 up
ip link set v2 up
ip addr add 10.0.0.1/24 dev br0
ip netns exec c1 ip addr add 10.0.0.2/24 dev eth0
ip netns exec c1 ip link set eth0 up
ip netns exec c1 ip link set lo up
ip netns exec c2 ip addr add 10.0.0.130/24 dev eth0
ip netns exec c2 ip link set eth0 up
ip netns exec c2 ip link set lo up
serve udp 53 --name dns
serve udp 5353 --name mdns
serve tcp 853 --name dot
iptables -A INPUT -p udp --dport 53 -m connlimit --connlimit-above 2 -j REJECT
iptables -A INPUT -p udp --dport 5353 -m connlimit --connlimit-upto 1 --connlimit-mask 24 -j ACCEPT
iptables -A INPUT -p udp --dport 5353 -j DROP
iptables -A INPUT -p tcp --dport 853 --syn -m connlimit --connlimit-above 1 --connlimit-mask 32 -j REJECT --reject-with tcp-reset
ip netns exec c1 probe udp 10.0.0.1 53
ip netns exec c1 probe udp 10.0.0.1 53
ip netns exec c1 probe udp 10.0.0.1 53
ip netns exec c2 probe udp 10.0.0.1 53
ip netns exec c1 probe udp 10.0.0.1 5353
ip netns exec c2 probe udp 10.0.0.1 5353
ip netns exec c1 probe udp 10.0.0.1 5353
ip netns exec c1 probe tcp 10.0.0.1 853
ip netns exec c1 probe tcp 10.0.0.1 853
iptables -L INPUT -v -x -n
