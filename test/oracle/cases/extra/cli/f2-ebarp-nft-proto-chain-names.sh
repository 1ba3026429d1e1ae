# ebtables/arptables user chains named like JavaScript object members (constructor, toString, valueOf, __proto__) list as jumps in nft
ebtables -N constructor
ebtables -N toString -P DROP
ebtables -N valueOf -P ACCEPT
ebtables -A INPUT -j constructor
ebtables -A INPUT -j toString
ebtables -A FORWARD -j valueOf
ebtables -t nat -N hasOwnProperty
ebtables -t nat -A OUTPUT -j hasOwnProperty
arptables -N toString
arptables -N constructor
arptables -A INPUT -j toString
arptables -A OUTPUT -j constructor
nft list ruleset
nft list chain bridge filter toString
nft list chain arp filter constructor
ebtables -L
arptables -L
