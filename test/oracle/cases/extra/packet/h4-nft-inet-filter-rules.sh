ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve tcp 22
nft -f /etc/nftables.conf
nft add rule inet filter input ct state established,related accept
nft add rule inet filter input iif lo accept
nft add rule inet filter input tcp dport 22 counter accept
nft add rule inet filter input ip saddr 10.0.0.0/24 tcp dport 80 counter drop
nft add chain inet filter input '{ type filter hook input priority filter; policy drop; }'
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
probe tcp 127.0.0.1 80
nft list ruleset
nft -a list chain inet filter input
iptables -S
iptables-save
nft delete rule inet filter input handle 7
ip netns exec client probe tcp 10.0.0.1 22 --timeout 0.3
nft insert rule inet filter input tcp dport 80 accept
ip netns exec client probe tcp 10.0.0.1 80
nft -a list chain inet filter input
nft flush chain inet filter input
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
nft delete table inet filter
ip netns exec client probe tcp 10.0.0.1 80
nft list ruleset
