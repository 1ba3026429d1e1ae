iptables -A INPUT ! -i + -j ACCEPT
iptables -A OUTPUT ! -o + -j ACCEPT
iptables -A FORWARD -i + -o + -j ACCEPT
iptables -S
iptables -L -v -n
nft list ruleset
nft -j list ruleset
iptables -D INPUT ! -i + -j ACCEPT
iptables -C OUTPUT ! -o + -j ACCEPT
ip6tables -A INPUT ! -i + -j ACCEPT
ip6tables -S
arptables -A INPUT -i ! + -j ACCEPT
arptables -A INPUT -i + -j ACCEPT
arptables -L -n
arptables-save
