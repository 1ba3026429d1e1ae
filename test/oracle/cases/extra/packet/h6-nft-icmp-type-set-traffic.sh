nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet filter input icmp type '{ echo-reply, destination-unreachable }' counter
nft add rule inet filter input meta l4proto icmp icmp type '{ echo-request, timestamp-request }' counter
nft add chain inet filter output '{ type filter hook output priority 0; policy accept; }'
nft add rule inet filter output icmp type '{ time-exceeded, echo-request }' counter drop
probe icmp 127.0.0.1 --timeout 0.3
nft delete rule inet filter output handle 8
probe icmp 127.0.0.1 --timeout 0.3
nft list ruleset
nft -j list chain inet filter input
