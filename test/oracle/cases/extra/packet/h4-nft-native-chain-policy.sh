ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
nft -f /etc/nftables.conf
ip netns exec client probe tcp 10.0.0.1 80
nft add chain inet filter input '{ type filter hook input priority filter; policy drop; }'
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
nft list chain inet filter input
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
iptables -L INPUT -v -n
nft add chain inet filter input '{ policy accept; }'
ip netns exec client probe tcp 10.0.0.1 80
nft add table ip t
nft add chain ip t out '{ type filter hook output priority 0; policy drop; }'
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
nft delete table ip t
ip netns exec client probe tcp 10.0.0.1 80
nft add table ip6 t6
nft add chain ip6 t6 in '{ type filter hook input priority 0; policy drop; }'
ip netns exec client probe tcp 10.0.0.1 80
nft flush ruleset
ip netns exec client probe tcp 10.0.0.1 80
