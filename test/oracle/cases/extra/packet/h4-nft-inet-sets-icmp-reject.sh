ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve tcp 443
serve tcp 8080
nft add table inet fw
nft add chain inet fw in '{ type filter hook input priority 0; policy drop; }'
nft add rule inet fw in ct state established,related accept
nft add rule inet fw in ct state invalid drop
nft add rule inet fw in icmp type echo-request counter accept
nft add rule inet fw in tcp dport { 443, 80 } counter accept
nft add rule inet fw in tcp dport 8080 reject
ip netns exec client probe icmp 10.0.0.1
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 443
ip netns exec client probe tcp 10.0.0.1 8080
ip netns exec client probe tcp 10.0.0.1 22 --timeout 0.3
nft list ruleset
nft add rule ip filter INPUT icmp type echo-request accept
iptables -A INPUT -p icmp -j ACCEPT
nft add rule ip filter INPT accept
nft add rule inet fw inn accept
nft add rule inet fw in jump nowhere
nft -a list chain inet fw in
