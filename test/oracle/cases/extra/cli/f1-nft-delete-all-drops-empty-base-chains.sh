iptables -A INPUT -j ACCEPT
iptables -N u
iptables -F
nft list ruleset
iptables -X
nft list ruleset
iptables -A INPUT -j ACCEPT
iptables -P FORWARD DROP
iptables -X
nft list ruleset
iptables -N v
iptables -X v
nft list ruleset
iptables -F
iptables -X
nft list ruleset
iptables -L -n
nft list ruleset
iptables -A OUTPUT -j ACCEPT
iptables -D OUTPUT 1
iptables -X
nft list ruleset
