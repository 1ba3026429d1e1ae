# A recent list dies with its last rule; a rule with a larger --hitcount empties the list it joins.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve udp 53 --name dns
serve udp 123 --name ntp
iptables -N SEEN
iptables -A SEEN -m recent --name PEERS --rcheck -j ACCEPT
iptables -A INPUT -p udp --dport 53 -m recent --name PEERS --set
iptables -A INPUT -p udp --dport 123 -j SEEN
iptables -A INPUT -p udp --dport 123 -j DROP
ip netns exec client probe udp 10.0.0.1 123
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 123
iptables -D INPUT -p udp --dport 53 -m recent --name PEERS --set
ip netns exec client probe udp 10.0.0.1 123
iptables -F SEEN
iptables -A SEEN -m recent --name PEERS --rcheck -j ACCEPT
ip netns exec client probe udp 10.0.0.1 123
iptables -I INPUT -p udp --dport 53 -m recent --name PEERS --set
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 123
iptables -A SEEN -m recent --name PEERS --rcheck --hitcount 20 -j LOG
ip netns exec client probe udp 10.0.0.1 123
iptables -A SEEN -m recent --name PEERS --rcheck --hitcount 33 -j LOG
ip netns exec client probe udp 10.0.0.1 123
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 123
iptables-legacy -A INPUT -m recent --name PEERS --rcheck --hitcount 70
ip netns exec client probe udp 10.0.0.1 123
iptables-restore --noflush <<'EOF'
*filter
-D SEEN -m recent --name PEERS --rcheck -j ACCEPT
-A SEEN -m recent --name PEERS --rcheck -j ACCEPT
COMMIT
EOF
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 123
iptables -L -v -x -n
iptables-legacy -L INPUT -v -x -n
