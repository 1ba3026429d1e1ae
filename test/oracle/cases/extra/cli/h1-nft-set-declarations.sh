# Set declarations guides copy: flags timeout, dynamic,timeout with a default timeout, size, auto-merge (adjacent intervals joined), typeof ip saddr, a comment, flags constant with elements
nft add table inet t
nft add set inet t a { type ipv4_addr \; flags timeout \; }
nft add set inet t b { type ipv4_addr \; flags dynamic,timeout \; timeout 1h \; }
nft add set inet t c { type ipv4_addr \; size 1000 \; }
nft add set inet t d { type ipv4_addr \; flags interval \; auto-merge \; }
nft add set inet t e { typeof ip saddr \; }
nft add set inet t f { type ipv4_addr \; comment \"blocked hosts\" \; }
nft add set inet t g { type inet_service \; flags constant \; elements = { 22 } \; }
nft add element inet t a { 10.0.0.1 }
nft add element inet t d { 10.0.0.0/24, 10.0.1.0/24 }
nft add element inet t e { 10.0.0.5 }
nft list sets
