# The nftables wiki's simple server ruleset typed by hand: policy drop, ct state vmap { established : accept, related : accept, invalid : drop }, lo accepted, a port set; replies come back, other ports time out, then a port is opened with a rule inserted at the top
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip link set lo up
serve tcp 22 --name sshd
serve tcp 80 --name web
serve tcp 8080 --name alt
nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy drop; }'
nft add rule inet filter input ct state vmap { invalid : drop, established : accept, related : accept }
nft add rule inet filter input iifname lo accept
nft add rule inet filter input tcp dport { 22, 80 } counter accept
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 8080
probe tcp 127.0.0.1 8080
nft insert rule inet filter input tcp dport 8080 counter accept
ip netns exec client probe tcp 10.0.0.1 8080
nft -a list chain inet filter input
nft list ruleset
