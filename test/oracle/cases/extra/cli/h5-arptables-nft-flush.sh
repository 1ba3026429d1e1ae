arptables -A INPUT -s 10.0.0.1 -j DROP
arptables -N foo
arptables -P OUTPUT DROP
nft flush ruleset
arptables-save
arptables -L -v
arptables -N foo
arptables-save
