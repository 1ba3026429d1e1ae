# iptables-nft-restore -v: a bare -X in a block that replaces the table names the chains the block made, in line order (iptables -v -X names the kernel's sorted)
iptables -N ZED
iptables -N ALPHA
printf '*filter\n:Q - [0:0]\n:B - [0:0]\n-N K\n-X\nCOMMIT\n' | iptables-restore -n -v; echo rc=$?
iptables -S
printf '*filter\n:Q - [0:0]\n:B - [0:0]\n-N K\n-X\nCOMMIT\n' | iptables-restore -v; echo rc=$?
iptables -N ZED
iptables -N ALPHA
printf '*filter\n-N Q\n-N B\n-X\nCOMMIT\n' | iptables-restore -v; echo rc=$?
iptables -N ZED
iptables -N ALPHA
iptables -v -X
printf '*filter\n:Z - [0:0]\n:A - [0:0]\n-A INPUT -j Z\n-X\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-N b\n-N a\n-X\nCOMMIT\n' | ip6tables-restore -v; echo rc=$?
