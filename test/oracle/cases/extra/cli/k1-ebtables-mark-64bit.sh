ebtables -A INPUT -j mark --mark-set 0x100000000
ebtables -A INPUT -j mark --mark-or 0xffffffffffffffff
ebtables -A INPUT -j mark --mark-and 0x10000000000000000
ebtables -A INPUT -j mark --mark-xor -1
ebtables -A INPUT -j mark --mark-set -0x2
ebtables -A INPUT -j mark --mark-set 18446744073709551615
ebtables -A INPUT -j mark --mark-set 4294967296
ebtables -A INPUT --mark 0x100000000 -j ACCEPT
ebtables -A INPUT --mark 0xffffffffffffffff/0x100000000 -j ACCEPT
ebtables -A INPUT --mark /0x10000000000000000 -j ACCEPT
ebtables -A INPUT --mark -1 -j ACCEPT
ebtables -A INPUT --mark 4294967296/4294967296 -j ACCEPT
ebtables -A INPUT --mark ! 0x100000001 -j ACCEPT
ebtables -L
ebtables-save
ebtables -D INPUT --mark 0x100000000 -j ACCEPT
ebtables -D INPUT -j mark --mark-set 0x100000000
ebtables -L
nft list ruleset
