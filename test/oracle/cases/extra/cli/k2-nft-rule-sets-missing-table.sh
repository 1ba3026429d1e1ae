# nft add/insert rule with anonymous sets into a table that does not exist: each set is refused first (ENOENT at the table, then at the set's elements), then the rule (at the table, with no 'did you mean' hint even for a near table name)
nft add rule ip filter V udp dport { 53, 123 } jump U; echo rc=$?
nft add rule ip filter V ip saddr { 1.1.1.1, 2.2.2.2 } tcp dport { 22, 80 } accept; echo rc=$?
iptables -N U; nft add rule ip filtr V udp dport { 53, 123 } accept; echo rc=$?
nft add rule ip6 filter V udp dport { 1, 2 } accept; echo rc=$?
nft add rule ip nope V meta l4proto { tcp, udp } accept; echo rc=$?
nft insert rule ip nope V icmp type { echo-request, echo-reply } accept; echo rc=$?
