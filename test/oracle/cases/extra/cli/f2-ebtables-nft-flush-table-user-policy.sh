# nft flush table of ebtables' table removes the rule that carries a user chain's policy: the chain then returns
ebtables -N u1 -P DROP
ebtables -N u2 -P ACCEPT
ebtables -A u1 -j ACCEPT
ebtables -A INPUT -j u1
ebtables -P FORWARD DROP
nft flush table bridge filter
ebtables -L
nft list table bridge filter
ebtables-save | grep -v '^#'
ebtables -A u1 -j ACCEPT
ebtables -L u1
nft list chain bridge filter u1
ebtables -P u2 DROP
nft list chain bridge filter u2
