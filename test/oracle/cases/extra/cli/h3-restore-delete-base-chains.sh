# iptables-nft-restore -X of a base chain: refused by the kernel with rules (reported with the batch's other refusals), unknown when the block replaced the table, kept by iptables with policy DROP
iptables -N ZED
iptables -A INPUT -j ZED
iptables -A OUTPUT -j ACCEPT
printf '*filter\n-X INPUT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
printf '*filter\n-X FORWARD\nCOMMIT\n' | iptables-restore -n; echo rc=$?
nft list table ip filter | grep chain
printf '*filter\n-X ZED\n-X OUTPUT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
printf '*filter\n-X OUTPUT\n-A OUTPUT -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
iptables -S
printf '*filter\n-X INPUT\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-X INPUT\nCOMMIT\n' | iptables-restore -v; echo rc=$?
iptables -P FORWARD DROP
printf '*filter\n-X FORWARD\nCOMMIT\n' | iptables-restore -n; echo rc=$?
iptables -N A1
iptables -N B1
printf '*filter\n:Z1 - [0:0]\n:C1 - [0:0]\n-X\nCOMMIT\n' | iptables-restore -n -v; echo rc=$?
iptables -S
printf '*filter\n-X ZED\n-X INPUT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
ip6tables -N ZED
ip6tables -A INPUT -j ZED
printf '*filter\n-X ZED\n-X INPUT\nCOMMIT\n' | ip6tables-restore -n; echo rc=$?
