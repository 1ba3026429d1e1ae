iptables -A INPUT -j ACCEPT
iptables -N foo
ip6tables -A OUTPUT -j ACCEPT
nft flush table
nft flush table ip
nft flush chain
nft flush chain ip filter
nft delete table inet
nft delete rule ip filter
nft delete rule ip filter INPUT handle
nft delete rule ip filter INPUT handle 0
nft delete rule ip filter INPUT handle -1
nft delete chain ip filter foo extra
nft flush table ip filter extra
nft delete
nft flush
nft flush bogus
nft delete bogus
nft delete chain ip6 filter foo
nft flush chain ip6 filter INPUT
nft flush chain ip6 filter OUTPUT
nft flush chain ip filter OUTPUT
nft flush chain ip filter INPT
nft flush table ip6 nat
nft flush table ip filtr
nft delete table ip fil
nft delete table nat
nft delete chain ip filter fooo
nft delete chain ip6 filtr OUTPUT
nft delete rule ip6 filtr OUTPUT handle 2
nft delete rule ip6 filter OUTPT handle 2
nft -c delete table ip filter
nft -c delete table ip nope
nft list tables
nft 'flush chain ip filter INPUT; delete table ip nope'
nft list ruleset
nft 'delete table ip nope; delete table ip6 nope'
nft delete table ip filter \; delete table ip6 filter
nft list ruleset
nft delete table handle 1
nft delete chain ip filter handle 1
