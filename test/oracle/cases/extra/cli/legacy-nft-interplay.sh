iptables-legacy -A INPUT -s 10.9.9.9 -j DROP
iptables -S
iptables-legacy -S
iptables-nft -S
iptables-legacy-save
iptables-save
iptables -A INPUT -s 10.1.1.1 -j ACCEPT
iptables-legacy-save
iptables-nft-save
