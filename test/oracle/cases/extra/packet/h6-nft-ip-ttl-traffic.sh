serve tcp 80
nft add table ip t
nft add chain ip t out '{ type filter hook output priority 0; }'
nft add rule ip t out ip ttl 1 counter drop
nft add rule ip t out tcp dport 80 ip ttl 64 counter
nft add rule ip t out tcp dport 80 ip ttl != 64 counter drop
probe tcp 127.0.0.1 80
nft list chain ip t out
nft -j list chain ip t out
nft -n list chain ip t out
