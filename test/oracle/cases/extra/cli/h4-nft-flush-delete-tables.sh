iptables -A INPUT -s 10.0.0.1 -j DROP
iptables -P INPUT DROP
iptables -N foo
iptables -A INPUT -j foo
iptables -A foo -p tcp --dport 22 -j ACCEPT
iptables -t nat -A POSTROUTING -j MASQUERADE
nft flush table ip filter
nft list ruleset
iptables -S
iptables -L -v -n
nft flush chain ip filter INPUT
nft flush chain ip filter NOPE
nft flush table ip nope
nft flush table inet filter
nft delete table ip nat
nft list ruleset
iptables -t nat -S
nft list ruleset
nft delete table ip nat
nft delete chain ip filter foo
iptables -S
nft delete chain ip filter nope
nft delete chain ip filter INPUT
iptables -S
iptables -L
nft list ruleset
