nft add table inet t
nft add chain inet t R '{ type filter hook input priority 0; }'
nft add chain inet t INPUT
nft add rule inet t R jump INPUT
nft add chain inet t a
nft add rule inet t a jump a
nft add rule inet t R jump a
nft add chain inet t b
nft add rule inet t b goto a
nft insert rule inet t R goto b
nft add rule inet t INPUT counter
nft -a list table inet t
nft add rule inet t R jump b
nft add chain inet t c1
nft add chain inet t c2
nft add chain inet t c3
nft add rule inet t c1 jump c2
nft add rule inet t c2 jump c3
nft add rule inet t c3 jump c1
nft add rule inet t a jump c1
nft -a list chain inet t R
