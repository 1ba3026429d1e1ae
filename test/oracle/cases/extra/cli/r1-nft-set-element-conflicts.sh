# nft set elements that conflict: LOW-HIGH with LOW past HIGH (Range has zero or negative size, before the set's flags are looked at; LOW = HIGH is fine), two of one command's elements overlapping (conflicting intervals specified, ~ under the earlier by start), an overlap with what the set holds met first, and an element given twice marked at its last copy
nft add table ip t
nft add set ip t s { type ipv4_addr \; flags interval \; }
nft add set ip t plain { type ipv4_addr \; }
nft add set ip t p { type inet_service \; flags interval \; }
nft add set ip t pp { type inet_service \; }
nft add element ip t s { 10.0.0.5-10.0.0.1 }
nft add element ip t s { 10.0.0.1-10.0.0.1 }
nft add element ip t plain { 10.0.0.5-10.0.0.1 }
nft add element ip t p { 90-80 }
nft add element ip t p { 80-80 }
nft add element ip t pp { 90-80 }
nft add element ip t s { 10.0.0.0/8, 10.0.0.1 }
nft add element ip t s { 10.0.0.1, 10.0.0.0/8 }
nft add element ip t s { 1.1.1.1, 10.0.0.0/8, 10.2.0.0/16 }
nft add element ip t p { 100-200, 150 }
nft add element ip t s { 192.168.0.0/16 }
nft add element ip t s { 192.168.1.0/24, 192.168.1.0/24 }
nft add element ip t s { 192.168.1.1, 192.168.1.1 }
nft add element ip t s { 10.9.0.0/16, 10.9.1.1 }
nft add set ip t q { type ipv4_addr \; flags interval \; elements = { 10.0.0.0/8, 10.1.1.1 } \; }
nft list set ip t s
nft list set ip t p
