# nftables quick-start guides (Arch/Debian wiki) typed after years of iptables: inet table, base chain with escaped semicolons, ct state, lo, port sets, handles, delete by handle, and iptables looking at it
nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add chain inet filter forward { type filter hook forward priority 0 \; policy drop \; }
nft add chain inet filter output '{ type filter hook output priority 0; policy accept; }'
nft add rule inet filter input ct state established,related accept
nft add rule inet filter input iif lo accept
nft add rule inet filter input iifname "lo" accept
nft add rule inet filter input tcp dport 22 accept
nft add rule inet filter input tcp dport { 80, 443 } accept
nft add rule inet filter input ip saddr 192.168.1.0/24 tcp dport 3306 accept
nft add rule inet filter input counter drop
nft list ruleset
nft -a list chain inet filter input
nft list tables
nft list table inet filter | head -5
nft insert rule inet filter input position 3 udp dport 53 accept
nft -a list chain inet filter input | grep -c handle
nft delete rule inet filter input handle 9
nft delete rule inet filter input handle 99
nft list chain inet filter input
nft flush chain inet filter input
nft delete chain inet filter input
nft list chains
iptables -L -n
iptables -S
nft add rule inet filter forward accept
nft delete table inet filter
nft list ruleset
nft add rule inet filter input accept
