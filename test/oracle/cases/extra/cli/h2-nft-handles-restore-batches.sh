# nft -a after several iptables-restore --noflush blocks: each block's new chains take their handles with its batch, in the order declared, before its rules
printf '*filter\n:INPUT ACCEPT [0:0]\n:A - [0:0]\n:B - [0:0]\n-A A -j ACCEPT\n-A INPUT -j A\nCOMMIT\n' | ip6tables-restore -n
printf '*filter\n:C - [0:0]\n-A C -j DROP\n-A B -j C\n-A INPUT -j B\nCOMMIT\n' | ip6tables-restore -n
printf '*filter\n:OUTPUT ACCEPT [0:0]\n:D - [0:0]\n-A D -j RETURN\n-A OUTPUT -j D\nCOMMIT\n' | ip6tables-restore --noflush
nft -a list table ip6 filter
printf '*filter\n:E - [0:0]\n-A E -j NOPE\nCOMMIT\n' | ip6tables-restore -n
printf '*filter\n:E - [0:0]\n-A E -j ACCEPT\nCOMMIT\n' | ip6tables-restore -n
ip6tables -A E -j DROP
nft -a list chain ip6 filter E
printf '*nat\n:POSTROUTING ACCEPT [0:0]\n:X - [0:0]\n-A POSTROUTING -j X\nCOMMIT\n*mangle\n:M - [0:0]\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -j M\nCOMMIT\n' | ip6tables-restore -n
printf '*nat\n:Y - [0:0]\n-A X -j Y\nCOMMIT\n' | ip6tables-restore -n
nft -a list ruleset ip6
