iptables -N foo
iptables -N bar
iptables -A INPUT -j foo
iptables -A bar -j ACCEPT
iptables -A INPUT -s 1.2.3.4 -j DROP
nft delete chain ip filter foo
nft delete chain ip filter bar
nft delete chain ip filter INPUT
nft -a list table ip filter
nft delete rule ip filter INPUT handle 5
nft delete rule ip filter INPUT handle 99
nft delete rule ip filter INPUT handle 6
nft delete rule ip filter INPUT
nft delete rule ip filter INPUT handle abc
nft delete rule ip filter nope handle 6
nft delete rule ip filter bar handle 6
nft -a list table ip filter
iptables -S
nft delete chain ip filter INPUT
nft -a list table ip filter
iptables -A INPUT -j ACCEPT
nft -a list ruleset
ip6tables -A INPUT -j ACCEPT
nft flush table ip6 filter
nft list ruleset
nft delete table ip6 filter
nft delete table ip6 filter
nft list tables
nft flush ruleset ip
nft delete table filter
nft flush table filter
nft list tables
nft delete table
nft delete chain ip filter
nft flush chain filter
