# Editing nftables sets and maps: a busy map, deleting elements that are not there (interval and plain sets), empty braces, list set/map of the other kind, flush table keeps sets, many map elements, a set declared with elements = { }, != @set
nft add table inet t
nft add chain inet t c { type filter hook input priority 0 \; }
nft add set inet t s { type ipv4_addr \; flags interval \; }
nft add element inet t s { 10.0.0.0/24, 10.0.1.7 }
nft add map inet t m { type inet_service : verdict \; }
nft add element inet t m { 22 : accept }
nft add rule inet t c tcp dport vmap @m
nft add rule inet t c udp dport @m drop
nft add rule inet t c ip daddr @m drop
nft delete map inet t m
nft delete element inet t s { 10.0.0.9 }
nft delete element inet t s { 10.0.0.0/24 }
nft add element inet t s { }
nft list sets table inet t
nft list set inet t m
nft list map inet t s
nft flush table inet t
nft list table inet t
nft -s list set inet t s
nft add element inet t m { 23 : drop, 21 : accept, 25 : drop, 24 : accept, 26 : accept, 27 : drop }
nft list map inet t m
nft add set inet t s2 '{ type ipv4_addr; flags interval; elements = { 192.168.0.0/16, 10.0.0.0/8 }; }'
nft add rule inet t c ip saddr != @s2 ip daddr 10.0.0.0/8 counter drop
nft list chain inet t c
nft add set inet t h { type inet_service \; }
nft add element inet t h { 22, 80 }
nft delete element inet t h { 81 }
nft delete element inet t h { 80, 443 }
nft list set inet t h
nft create element inet t h { 22, 8080 }
nft list set inet t h
