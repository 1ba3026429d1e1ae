xtables-nft-multi iptables -S
xtables-nft-multi iptables-save -V
xtables-legacy-multi iptables -V
iptables-nft -t nat -S
ip6tables-nft -S
ip6tables-save
