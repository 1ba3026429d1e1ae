nft add table inet t
nft add chain inet t a '{ type filter hook input priority 10; }'
nft add chain inet t b '{ type filter hook input priority -5; policy accept; }'
nft add chain inet t c '{ type filter hook forward priority 100; }'
nft add chain inet t d '{ type filter hook prerouting priority -300; }'
nft add chain inet t e '{ type nat hook prerouting priority -100; }'
nft add chain inet t f '{ type nat hook postrouting priority srcnat; }'
nft add chain inet t g '{ type filter hook output priority mangle + 5; }'
nft add chain inet t h '{ type route hook output priority -150; }'
nft add chain inet t i '{ type filter hook input priority 50; }'
nft add chain inet t j '{ type filter hook input priority 200; }'
nft add chain inet t k '{ type filter hook input priority -200; }'
nft add chain inet t l '{ type nat hook input priority 100; }'
nft add chain inet t m '{ type filter hook prerouting priority dstnat; }'
nft add chain inet t n '{ type filter hook postrouting priority srcnat; }'
nft add chain inet t o '{ type filter hook output priority raw; }'
nft add chain inet t p '{ type filter hook input priority security; }'
nft list ruleset
nft -n list ruleset
nft -j list ruleset
nft list chain inet t a
nft list chains inet
nft add chain inet t q '{ type filter hook bogus priority 0; }'
nft add chain inet t r '{ type filter hook input; }'
nft add chain inet t s '{ type bogus hook input priority 0; }'
nft add chain inet t u '{ type filter hook input priority 0; policy reject; }'
nft add chain inet t v '{ type nat hook forward priority 0; }'
nft add chain inet nope w
nft add chain ip6 t x
nft add table
nft add chain inet t
nft add bogus
nft add chain inet t b '{ type filter hook input priority -5; policy drop; }'
nft list chain inet t b
nft add chain inet t b '{ type filter hook input priority 0; }'
nft add chain inet t b
nft add chain inet t a '{ policy drop; }'
nft list chain inet t a
