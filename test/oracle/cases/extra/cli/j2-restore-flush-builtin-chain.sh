# a restore block that replaces the table and flushes a built-in chain it never made: iptables-nft adds the chain to the batch first (the chain shows in nft), unless an earlier -L/-S of the block put it in its cache; then the kernel has no such chain to flush
iptables -F; iptables -X; iptables -N MY; iptables -A INPUT -j ACCEPT
printf '*filter\n-F INPUT\nCOMMIT\n' | iptables-restore >/dev/null; echo rc=$?
nft list table ip filter
iptables -F; iptables -X; iptables -N MY; iptables -A INPUT -j ACCEPT
printf '*filter\n-A FORWARD -j DROP\n-F INPUT\nCOMMIT\n' | iptables-restore >/dev/null; echo rc=$?
nft list table ip filter
iptables -F; iptables -X; iptables -N MY; iptables -A INPUT -j ACCEPT
printf '*filter\n:MY - [0:0]\n-F INPUT\nCOMMIT\n' | iptables-restore >/dev/null; echo rc=$?
nft list table ip filter
iptables -F; iptables -X; iptables -N MY; iptables -A INPUT -j ACCEPT
printf '*filter\n-Z\n-F INPUT\n-F OUTPUT\nCOMMIT\n' | iptables-restore >/dev/null; echo rc=$?
nft list table ip filter
iptables -F; iptables -X; iptables -N MY; iptables -A INPUT -j ACCEPT
printf '*filter\n-L FORWARD\n-F INPUT\nCOMMIT\n' | iptables-restore >/dev/null; echo rc=$?
nft list table ip filter
iptables -F; iptables -X; iptables -N MY; iptables -A INPUT -j ACCEPT
printf '*filter\n-S FORWARD\n-F INPUT\nCOMMIT\n' | iptables-restore >/dev/null; echo rc=$?
nft list table ip filter
iptables -F; iptables -X; iptables -N MY; iptables -A INPUT -j ACCEPT
printf '*filter\n-L\n-F INPUT\nCOMMIT\n' | iptables-restore >/dev/null; echo rc=$?
nft list table ip filter
iptables -F; iptables -X; iptables -N MY; iptables -A INPUT -j ACCEPT
printf '*filter\n-S INPUT\n-F INPUT\nCOMMIT\n' | iptables-restore >/dev/null; echo rc=$?
nft list table ip filter
iptables -F; iptables -X; iptables -N MY; iptables -A INPUT -j ACCEPT
printf '*filter\n-L\n-F\nCOMMIT\n' | iptables-restore >/dev/null; echo rc=$?
nft list table ip filter
nft delete table ip filter
printf '*nat\n-F PREROUTING\nCOMMIT\n' | iptables-restore; echo rc=$?
nft list ruleset
