nft add table inet f
nft add chain inet f in '{ type filter hook input priority 0; }'
nft add rule inet f in tcp dport 0x50 accept
nft add rule inet f in tcp dport 080 accept
nft add rule inet f in tcp dport 0x10000 accept
nft add rule inet f in udp sport 0-0 accept
nft add rule inet f in tcp dport 90-80 accept
nft add rule inet f in tcp dport 1-65536 accept
nft add rule inet f in tcp dport 1-0x10 accept
nft add rule inet f in tcp dport http-https accept
nft add rule inet f in tcp dport '{ 90-80 }' accept
nft add rule inet f in tcp dport '{ 22, 0x16 }' accept
nft add rule inet f in ip saddr 0x0a000001 accept
nft add rule inet f in ip saddr 167772161 accept
nft add rule inet f in ip saddr 10.0.0.1/33 accept
nft add rule inet f in ip daddr 10.0.0.1/0 accept
nft add rule inet f in ip daddr 10.0.0.1/31 accept
nft add rule inet f in ip daddr 010.0.0.1 accept
nft add rule inet f in ip daddr 10.0.0.256 accept
nft add rule inet f in ip6 saddr 2001:db8::/129 accept
nft add rule inet f in ip6 saddr 2001:DB8::1/64 accept
nft add rule inet f in ip6 daddr ::ffff:1.2.3.4 accept
nft add rule inet f in ip6 daddr ::/0 accept
nft add rule inet f in ip saddr '{ 10.0.0.1/33 }' accept
nft list ruleset
