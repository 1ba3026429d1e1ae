nft add table ip t
nft add table ip t
nft create table ip t
nft add table inet fw
nft add chain ip t c
nft add chain ip t c
nft create chain ip t c
nft add chain inet fw input '{ type filter hook input priority 0; policy drop; }'
nft add chain inet fw out '{ type filter hook output priority filter ; }'
nft list ruleset
nft -a list ruleset
nft list tables
nft list chains
nft add table ip filter
iptables -L
iptables -S
nft add chain ip filter foo
iptables -S
nft add chain ip filter INPUT '{ type filter hook input priority 0; policy drop; }'
iptables -S
iptables -L -v
nft list ruleset
iptables-save
nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority 100; }'
iptables -t nat -S
nft add chain ip t c2 '{ type filter hook input priority 0; }'
nft list table ip t
nft delete table inet fw
nft list tables
