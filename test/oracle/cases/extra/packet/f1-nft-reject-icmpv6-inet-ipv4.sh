serve udp 53
serve tcp 80
nft add table inet t
nft add chain inet t c '{ type filter hook input priority 0; }'
nft add rule inet t c reject with icmpv6 type admin-prohibited
nft add rule inet t c udp dport 53 counter
nft add rule inet t c tcp dport 80 reject with icmpx type admin-prohibited
probe udp 127.0.0.1 53 --timeout 0.3
probe tcp 127.0.0.1 80 --timeout 0.3
nft list chain inet t c
