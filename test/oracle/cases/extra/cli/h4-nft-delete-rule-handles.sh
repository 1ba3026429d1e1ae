iptables -A INPUT -j ACCEPT
iptables -A INPUT -s 1.1.1.1 -j DROP
iptables -N foo
iptables -A foo -j RETURN
nft -a list ruleset
nft delete rule ip filter INPUT handle 99
nft delete rule ip filter foo handle 2
nft delete rule ip nope INPUT handle 2
nft delete chain ip nope foo
nft flush chain ip nope INPUT
nft flush chain inet filter INPUT
nft delete chain ip filter handle 99
nft delete table ip handle 99
nft delete rule ip filter INPUT handle 3
nft delete rule ip filter INPUT handle 3
nft -a list ruleset
nft delete rule filter INPUT handle 2
nft -a list ruleset
iptables -A INPUT -j ACCEPT
nft -a list ruleset
nft delete rule ip filter foo handle 0
nft delete rule ip filter OUTPUT handle 0
nft flush ruleset ip6
nft flush ruleset inet
nft flush ruleset bogus
nft flush ruleset ip extra
nft list ruleset
iptables -L -v -n
iptables-nft-save
nft delete table ip filter
iptables-save
iptables -L
nft list ruleset
iptables -P INPUT DROP
nft -a list ruleset
