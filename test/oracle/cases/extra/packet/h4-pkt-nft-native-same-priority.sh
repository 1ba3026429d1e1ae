# nft native base chains next to iptables-nft's at the same hook: priority decides, and at equal priority the chain made last runs first (counters show who saw the packet).
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
serve tcp 22 --name host
serve tcp 80 --name host
iptables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
nft add table inet fw
nft 'add chain inet fw input { type filter hook input priority 0; policy accept; }'
nft add rule inet fw input tcp dport 22 counter drop
ip netns exec client probe tcp 10.0.0.1 22
iptables -L INPUT -v -n
nft list chain inet fw input
nft 'add chain inet fw early { type filter hook input priority -10; policy accept; }'
nft add rule inet fw early tcp dport 80 counter reject with tcp reset
iptables -I INPUT -p tcp --dport 80 -j DROP
ip netns exec client probe tcp 10.0.0.1 80
iptables -L INPUT -v -n
nft delete table inet fw
iptables -F INPUT
iptables -A INPUT -p tcp --dport 80 -j DROP
nft add table ip fw2
nft 'add chain ip fw2 input { type filter hook input priority filter; }'
nft add rule ip fw2 input tcp dport 80 counter reject with tcp reset
ip netns exec client2 probe tcp 10.0.1.1 80
iptables-restore <<'EOF2'
*filter
-A INPUT -p tcp --dport 80 -j DROP
COMMIT
EOF2
ip netns exec client2 probe tcp 10.0.1.1 80
iptables -L INPUT -v -n
nft list table ip fw2
