iptables -A INPUT -j ACCEPT
nft 'add chain ip filter foo; delete table ip nope'
nft add chain ip filter foo
nft -a list table ip filter
nft add table inet t
nft add chain inet t a
nft 'add chain inet t b; delete table ip nope'
nft add chain inet t b
nft add rule inet t b accept
nft -a list table inet t
