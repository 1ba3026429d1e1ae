# nft's list options on sets and nft's own rules: -t leaves the elements out, -S names ports (quoted) in sets, anonymous sets, single ports and vmap keys but not ranges, -a shows set handles, -n and -s
nft add table inet t
nft add set inet t ports { type inet_service \; }
nft add element inet t ports { 22, 80, 443 }
nft add set inet t nets { type ipv4_addr \; flags interval \; elements = { 10.0.0.0/8 } \; }
nft add chain inet t c { type filter hook input priority 0 \; }
nft add rule inet t c tcp dport @ports accept
nft add rule inet t c tcp dport { 22, 80 } accept
nft -t list ruleset
nft -t list set inet t ports
nft -S list set inet t ports
nft -S list chain inet t c
nft -a list sets
nft -n list set inet t nets
nft -s list set inet t ports
nft add rule inet t c tcp dport 22 accept
nft add rule inet t c tcp sport != 80-90 accept
nft add rule inet t c tcp dport vmap { 22 : accept, 443 : drop }
nft -S list chain inet t c
nft -S list ruleset
