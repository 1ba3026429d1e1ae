serve udp 53
serve tcp 53
serve tcp 80
nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet filter input meta l4proto '{ tcp, udp }' th dport 53 counter
nft add rule inet filter input meta l4proto udp th dport '{ 53, 123 }' counter
nft add rule inet filter input th dport '{ 80, 53 }' counter
nft add rule inet filter input th dport 80 counter drop
nft add rule inet filter input meta l4proto '{ udp, icmp }' counter
probe udp 127.0.0.1 53
probe tcp 127.0.0.1 53
probe tcp 127.0.0.1 80 --timeout 0.3
nft list chain inet filter input
nft -j list chain inet filter input
nft add rule inet filter input th dport '{ 80, 70000 }' accept; echo rc=$?
nft add rule inet filter input th dport domain accept; echo rc=$?
