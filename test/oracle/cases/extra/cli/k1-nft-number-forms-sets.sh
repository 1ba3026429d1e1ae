nft add table inet f
nft add chain inet f in '{ type filter hook input priority 0; }'
nft add rule inet f in ip saddr 0xa000001/8 accept
nft add rule inet f in ip saddr 4294967295 accept
nft add rule inet f in ip saddr 4294967296 accept
nft add rule inet f in ip saddr 1.2.3.4/033 accept
nft add rule inet f in ip saddr 09.0.0.1 accept
nft add rule inet f in ip daddr '{ 010.0.0.1, 0x0b000001 }' accept
nft add rule inet f in tcp dport 00080 accept
nft add rule inet f in tcp dport 0x0050-0x51 accept
nft add rule inet f in tcp dport 099999 accept
nft add rule inet f in tcp dport 0200000 accept
nft add rule inet f in tcp dport 65535-0 accept
nft add rule inet f in udp dport 53-domain accept
nft add set inet f s '{ type inet_service; flags interval; }'
nft add element inet f s '{ 0x50, 0100, 90-0x60 }'
nft add element inet f s '{ 0x10000 }'
nft add set inet f a '{ type ipv4_addr; flags interval; }'
nft add element inet f a '{ 0x0a000001, 010.0.0.1/8, 167772162-167772170 }'
nft list ruleset
