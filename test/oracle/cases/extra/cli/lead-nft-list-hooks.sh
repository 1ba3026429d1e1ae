iptables -A INPUT -j ACCEPT
nft list hooks
nft list hooks ip
nft list hooks inet
nft list hooks netdev
nft list hooks bogus
nft list hooks ip device lo
nft list hook
nft list rule
nft list element
nft list 5
