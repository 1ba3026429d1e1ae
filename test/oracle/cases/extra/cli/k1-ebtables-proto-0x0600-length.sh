ebtables -A INPUT -p 0x0600 -j ACCEPT
ebtables -A INPUT -p ! 0x0600 -j ACCEPT
ebtables -A INPUT -p 600 -j DROP
ebtables -A INPUT -p 0x0601 -j ACCEPT
ebtables -A INPUT -p LENGTH -j ACCEPT
ebtables -A INPUT -p ! length -j ACCEPT
ebtables -L --Ln
ebtables-save
nft list ruleset
ebtables -C INPUT -p 0x0600 -j ACCEPT
ebtables -C INPUT -p LENGTH -j ACCEPT
ebtables -C INPUT -p ! 0x0600 -j ACCEPT
ebtables -C INPUT -p LENGTH -j DROP
ebtables -D INPUT -p 0x0600 -j ACCEPT
ebtables -D INPUT -p Length -j ACCEPT
ebtables -L --Ln
ebtables -D INPUT -p Length -j ACCEPT
ebtables -L --Ln
ebtables -D INPUT -p ! Length -j ACCEPT
ebtables -L --Ln
ebtables -D INPUT -p 0x0601 -j ACCEPT
ebtables -D INPUT -p Length -j DROP
ebtables -D INPUT -p Length -j ACCEPT
ebtables -L --Ln
