serve udp 53
serve tcp 80
nft add table inet t
nft add chain inet t c '{ type filter hook input priority 0; }'
nft add rule inet t c udp dport 53 counter
nft add rule inet t c reject with tcp reset
nft add rule inet t c counter
probe udp 127.0.0.1 53 --timeout 0.3
probe tcp 127.0.0.1 80 --timeout 0.3
nft list chain inet t c
nft add table ip t
nft add chain ip t c
nft add rule ip t c reject with tcp reset; echo rc=$?
nft add rule ip t c tcp dport 22 reject with tcp reset
nft add rule ip t c udp dport 53 reject with tcp reset; echo rc=$?
nft add table ip6 t
nft add chain ip6 t c
nft add rule ip6 t c reject with tcp reset
nft -n list ruleset
