# nft add rule in iptables-nft's table: a jump that makes a loop is refused at commit ('Too many links', the whole command marked; rule and anonymous sets take two handles each), a jump to a base chain is 'Operation not supported', and a missing target's ENOENT hint looks up the rule's own chain name among the other chains
iptables -N U; iptables -N V; iptables -A INPUT -j U
nft add rule ip filter U tcp dport 22 counter jump U; echo rc=$?
nft add rule ip filter V jump U; echo rc=$?; nft add rule ip filter U jump V; echo rc=$?
nft add rule ip filter V jump INPUT; echo rc=$?; nft add rule ip filter V goto OUTPUT; echo rc=$?
nft add chain ip filter B '{ type filter hook output priority 5; }'; nft add rule ip filter V goto B; echo rc=$?
nft add rule ip filter V jump NOPE; echo rc=$?
iptables -N W; nft add rule ip filter W jump W; echo rc=$?; nft add rule ip filter W jump V; echo rc=$?
nft add rule ip filter V ip saddr 1.2.3.4 counter jump V; echo rc=$?; nft -a list table ip filter | grep -c handle; iptables -S
nft add rule ip filter U jump U; echo rc=$?; nft add rule ip filter U counter; nft -a list chain ip filter U
nft add rule ip filter U udp dport { 1, 2 } jump U; echo rc=$?; nft add rule ip filter U counter; nft -a list chain ip filter U | grep handle | tail -1
iptables -N ABCDE; nft add rule ip filter V jump QQQQQQQQQQ; echo rc=$?; nft add rule ip filter V jump ABCDF; echo rc=$?; nft add rule ip filter INPUT jump NOPE; echo rc=$?; nft add rule ip filter ABCDE jump X; echo rc=$?
nft add table ip t; nft add chain ip t zzz; nft add rule ip filter V jump zzz; echo rc=$?; nft add rule ip filter V counter jump NOPE; echo rc=$?; nft add rule ip filter VV accept; echo rc=$?
iptables -S; nft list table ip filter
