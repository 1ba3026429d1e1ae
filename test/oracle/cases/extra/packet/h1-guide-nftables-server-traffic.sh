# An nftables server guide's input chain met by a client: ct state set, service-name port set, reject with tcp reset and with an ICMP type, limit rate on DNS, log before the final drop, counters in the listing
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 22
serve tcp 80
serve tcp 8080
serve tcp 25
serve tcp 81
serve udp 53
nft add table inet filter
nft add chain inet filter input { type filter hook input priority 0 \; policy drop \; }
nft add rule inet filter input ct state { established, related } accept
nft add rule inet filter input iifname lo accept
nft add rule inet filter input tcp dport { ssh, http-alt } accept
nft add rule inet filter input tcp dport 25 reject with tcp reset
nft add rule inet filter input tcp dport 81 reject with icmp type host-unreachable
nft add rule inet filter input udp dport 53 limit rate 2/second accept
nft add rule inet filter input icmpv6 type { echo-request, nd-neighbor-solicit } accept
nft add rule inet filter input log prefix \"in-drop: \" counter drop
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 8080
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
ip netns exec client probe tcp 10.0.0.1 25
ip netns exec client probe tcp 10.0.0.1 81
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53 --timeout 0.3
ip netns exec client probe icmp 10.0.0.1 --timeout 0.3
probe tcp 127.0.0.1 80
nft list ruleset
