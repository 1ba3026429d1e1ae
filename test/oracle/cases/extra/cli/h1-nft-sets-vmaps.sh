# nftables set elements and verdict maps: prefix/range elements without flags interval, sorted listing and line breaks for addresses and ports, elements = { } in the declaration, anonymous and named vmaps, list map/maps, a set without a key
nft add table inet t
nft add table ip empty
nft add chain inet t input { type filter hook input priority 0 \; }
nft add set inet t plain { type ipv4_addr \; }
nft add element inet t plain { 10.0.0.0/8 }
nft add element inet t plain { 10.0.0.1-10.0.0.5 }
nft add element inet t plain { 192.168.1.9, 10.0.0.3, 172.16.1.1, 10.0.0.2 }
nft list set inet t plain
nft add set inet t ports { type inet_service \; }
nft add element inet t ports { 8080, 443, 22, 80, 25, 110, 143, 993, 995, 3306, 5432 }
nft add element inet t ports { 1000-2000 }
nft list set inet t ports
nft add set inet t nets { type ipv4_addr \; flags interval \; elements = { 10.1.2.3/8, 192.168.0.0/16 } \; }
nft add element inet t nets { 192.168.1.0/24 }
nft add element inet t nets { 172.16.0.0/12, 1.2.3.4 }
nft list set inet t nets
nft add set inet t pr { type inet_service \; flags interval \; }
nft add element inet t pr { 1000-2000, 22, 8000-8080 }
nft list set inet t pr
nft list sets
nft list set inet t nosuch
nft add rule inet t input tcp dport vmap { 22 : accept, 23 : drop }
nft add rule inet t input ip saddr vmap { 10.0.0.1 : drop, 10.0.0.2 : accept }
nft add map inet t m { type inet_service : verdict \; }
nft add element inet t m { 80 : accept, 8080 : drop }
nft add rule inet t input tcp dport vmap @m
nft list map inet t m
nft list maps
nft list table inet t
nft delete element inet t m { 80 }
nft list map inet t m
nft add set inet t nokey { flags interval \; }
