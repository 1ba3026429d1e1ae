# nft names that are keywords of nft's scanner (dup, log, counter, type, meta, redirect...): a syntax error where a table, chain or set name belongs, with the parser's recovery errors after it; filter, nat, ports and list-only words (sets, chains) are plain names
nft add table inet t
nft add set inet t dup { type ipv4_addr \; }
nft add set inet t log { type ipv4_addr \; flags interval \; }
nft add set inet t counter '{ type ipv4_addr; flags interval; elements = { 1.2.3.4 } }'
nft add set inet t type '{ type ipv4_addr }'
nft add map inet t meta { type ipv4_addr : verdict \; }
nft add set inet t or { type ipv4_addr \; }
nft add set inet t filter { type ipv4_addr \; }
nft add set inet t nat { type inet_service \; }
nft add set inet t sets { type ipv4_addr \; }
nft add set inet t state { type ipv4_addr \; }
nft add element inet t dup { 1.2.3.4 }
nft delete set inet t dup
nft list set inet t dup
nft list set inet t sets
nft add chain inet t redirect
nft add chain inet t input { type filter hook input priority 0 \; }
nft add rule inet t log accept
nft add rule inet t input ip saddr @filter drop
nft add table ip counter
nft add table ip limit
nft delete table ip limit
nft list sets
printf 'table inet u {\n  set dup {\n    type ipv4_addr\n  }\n}\n' > /tmp/r1-u.nft
nft -f /tmp/r1-u.nft
printf 'table inet v {\n  chain log {\n    type filter hook input priority 0; policy accept;\n  }\n}\n' > /tmp/r1-v.nft
nft -f /tmp/r1-v.nft
nft list tables
