# The nftables wiki's quick reference in a table it names ip filter: a lowercase input base chain, a named set blackhole, anonymous address and port sets (each taking a handle), iptables' view (a warning, its own rules still listed), a busy set
nft add table ip filter
nft add chain ip filter input { type filter hook input priority 0 \; }
nft add set ip filter blackhole { type ipv4_addr \; }
nft add element ip filter blackhole { 192.168.3.4, 192.168.1.4 }
nft add rule ip filter input ip saddr @blackhole drop
nft add rule ip filter input ip saddr { 10.0.0.1, 10.0.0.2 } drop
nft add rule ip filter input tcp dport { 22, 80 } ip saddr 10.0.0.0/8 accept
nft -a list ruleset
nft list sets
iptables -S
iptables -L -n
iptables -A INPUT -s 1.2.3.4 -j DROP
iptables -S
nft delete rule ip filter input handle 4
nft list table ip filter
nft delete set ip filter blackhole
nft list sets
iptables-save
