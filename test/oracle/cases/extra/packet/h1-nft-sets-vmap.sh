# A learner's nftables sets and verdict maps against real connections: an interval blocklist (ip saddr @blocklist drop) whose elements change between probes, a port set, an anonymous vmap and a named vmap whose elements change
ip netns add c1
ip link add veth0 type veth peer name eth0
ip link set eth0 netns c1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec c1 ip addr add 10.0.0.2/24 dev eth0
ip netns exec c1 ip link set eth0 up
ip netns add c2
ip link add veth1 type veth peer name eth0
ip link set eth0 netns c2
ip addr add 10.0.1.1/24 dev veth1
ip link set veth1 up
ip netns exec c2 ip addr add 10.0.1.2/24 dev eth0
ip netns exec c2 ip link set eth0 up
serve tcp 22 --name sshd
serve tcp 80 --name web
serve tcp 8080 --name alt
serve tcp 9000 --name app
nft add table inet fw
nft add set inet fw blocklist '{ type ipv4_addr; flags interval; }'
nft add element inet fw blocklist { 10.0.1.0/24, 192.0.2.1 }
nft add chain inet fw input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet fw input ip saddr @blocklist counter drop
ip netns exec c1 probe tcp 10.0.0.1 80
ip netns exec c2 probe tcp 10.0.1.1 80
nft delete element inet fw blocklist { 10.0.1.0/24 }
nft add element inet fw blocklist { 10.0.0.2 }
ip netns exec c1 probe tcp 10.0.0.1 80
ip netns exec c2 probe tcp 10.0.1.1 80
nft flush set inet fw blocklist
nft add set inet fw closed '{ type inet_service; }'
nft add element inet fw closed { 8080, 9000 }
nft add rule inet fw input tcp dport @closed counter reject with tcp reset
ip netns exec c1 probe tcp 10.0.0.1 8080
ip netns exec c1 probe tcp 10.0.0.1 22
nft add chain inet fw web
nft add rule inet fw web ip saddr != 10.0.0.0/24 drop
nft add rule inet fw input tcp dport vmap { 22 : accept, 80 : drop }
ip netns exec c2 probe tcp 10.0.1.1 22
ip netns exec c2 probe tcp 10.0.1.1 80
nft delete element inet fw closed { 9000 }
nft add map inet fw apps '{ type inet_service : verdict; }'
nft add rule inet fw input ip saddr 10.0.1.2 tcp dport vmap @apps
ip netns exec c2 probe tcp 10.0.1.1 9000
nft add element inet fw apps { 9000 : drop }
ip netns exec c2 probe tcp 10.0.1.1 9000
ip netns exec c1 probe tcp 10.0.0.1 9000
nft list ruleset
nft list sets
nft list maps
