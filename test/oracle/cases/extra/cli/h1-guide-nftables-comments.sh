# More of what nftables guides type: ct state after a port, comments after the verdict and alone, -s/-n/-a listings, and the deletes learners get wrong (by rule text, a chain twice, flushing a deleted chain)
nft add table inet filter
nft add chain inet filter input { type filter hook input priority 0 \; }
nft add rule inet filter input tcp dport 22 ct state new accept
nft add rule inet filter input udp dport 53 accept comment \"dns\"
nft add rule inet filter input counter comment \"count all\"
nft -a list chain inet filter input
nft -s list ruleset
nft -n list ruleset
nft -a list ruleset
nft delete rule inet filter input handle 3
nft delete rule inet filter input tcp dport 2222 accept
nft delete chain inet filter input
nft flush chain inet filter input
nft delete chain inet filter input
nft list ruleset
