# nft add chain with a base chain's block for a regular chain that exists (made by iptables -N or nft): the kernel refuses a policy first ('Operation not supported' under 'policy X'), else the hook ('File exists' under the chain name); create says File exists
iptables -N V; nft add chain ip filter W
nft add chain ip filter V '{ type filter hook input priority 0; }'; echo rc=$?
nft add chain ip filter W '{ type filter hook output priority 0; policy drop; }'; echo rc=$?
nft add chain ip filter V '{ policy accept; }'; echo rc=$?
nft add chain ip filter W '{ policy drop; type filter hook output priority 0; }'; echo rc=$?
nft add chain ip filter V '{ type nat hook output priority -100; }'; echo rc=$?
nft add table ip t; nft add chain ip t c; nft add chain ip t c '{ type filter hook input priority 0; }'; echo rc=$?; nft add chain ip t c '{ type filter hook input priority 0 ; policy drop ; }'; echo rc=$?
nft add chain ip t c '{ }'; echo rc=$?; nft create chain ip t c '{ type filter hook input priority 0; }'; echo rc=$?
ip6tables -N V; nft add chain ip6 filter V '{ type filter hook forward priority 0; }'; echo rc=$?
nft list ruleset
