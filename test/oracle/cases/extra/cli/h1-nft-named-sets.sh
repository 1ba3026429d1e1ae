# nftables sets as a guide teaches them: add set with type and flags interval, add/create/delete element (overlaps, bad prefix, out of range, missing set), @set in rules (missing, wrong type), list set/sets/table with nft's line breaks and handles, flush set, delete set while a rule uses it
nft add table inet t
nft add chain inet t input { type filter hook input priority 0 \; policy accept \; }
nft add set inet t blocklist { type ipv4_addr \; flags interval \; }
nft add element inet t blocklist { 10.0.0.0/8, 192.168.1.1, 172.16.0.1-172.16.0.9 }
nft add set inet t ports '{ type inet_service; }'
nft add element inet t ports { 22, 80, 443 }
nft add set inet t v6 { type ipv6_addr \; }
nft add rule inet t input ip saddr @blocklist counter drop
nft add rule inet t input tcp dport @ports accept
nft add rule inet t input ip saddr != @blocklist tcp dport 8080 accept
nft list set inet t blocklist
nft list set inet t ports
nft list sets
nft list sets inet
nft list table inet t
nft -a list table inet t
nft delete element inet t ports { 80 }
nft list set inet t ports
nft add element inet t ports { 22 }
nft create element inet t ports { 22 }
nft add element inet t blocklist { 10.1.0.0/16 }
nft add element inet t blocklist { 1.2.3.4/33 }
nft add element inet t ports { 70000 }
nft add element inet t nosuch { 1 }
nft add rule inet t input ip saddr @nosuch drop
nft add rule inet t input tcp dport @blocklist drop
nft flush set inet t ports
nft list set inet t ports
nft delete set inet t blocklist
nft delete set inet t v6
nft list sets
nft list ruleset
