nft add table ip6 t
nft add chain ip6 t c
nft add rule ip6 t c ip6 saddr 2001:DB8:0::1/64 ip6 daddr != 2001:DB8:0:0::5 accept
nft add rule ip6 t c ip6 daddr ::FFFF:1.2.3.4/128 counter
nft list chain ip6 t c
