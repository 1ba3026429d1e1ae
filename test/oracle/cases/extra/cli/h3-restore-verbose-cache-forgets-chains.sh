# iptables-nft-restore -v replaces a table chain by chain: the table is made if missing, a DROP base chain stays in the kernel but not in iptables' cache
printf '*raw\nCOMMIT\n' | iptables-restore -v
iptables-save | grep -v '^#'
printf '*mangle\nCOMMIT\n' | ip6tables-restore -v
ip6tables-save | grep -v '^#'
printf '*filter\n:INPUT DROP [7:8]\n:FORWARD DROP [5:6]\n:OUTPUT DROP [3:4]\nCOMMIT\n' | iptables-restore -c
printf '*filter\n-I FORWARD -j ACCEPT\n-F OUTPUT\nCOMMIT\n' | iptables-restore -v
iptables-save -c | grep '^:'
printf '*filter\n:INPUT DROP [7:8]\n:FORWARD DROP [5:6]\n:OUTPUT ACCEPT [3:4]\nCOMMIT\n' | iptables-restore -c
printf '*filter\n-F OUTPUT\nCOMMIT\n' | iptables-restore -v
iptables-save -c -t filter | grep '^:'
printf '*filter\n-Z FORWARD\nCOMMIT\n' | iptables-restore -v
printf '*filter\n-R INPUT 1 -j ACCEPT\nCOMMIT\n' | iptables-restore -v
printf '*filter\n-N X\n-Z\n-L INPUT\nCOMMIT\n' | iptables-restore -v
iptables-save -c -t filter | grep '^:'
nft list table ip filter
printf '*filter\n-A FORWARD -j ACCEPT\n-Z FORWARD\nCOMMIT\n' | iptables-restore -v
iptables-save -c -t filter | grep '^:'
printf '*filter\n:INPUT DROP [7:8]\n:FORWARD DROP [5:6]\n:OUTPUT DROP [3:4]\nCOMMIT\n' | iptables-restore -c
printf '*filter\n-P INPUT DROP\n-A INPUT -j ACCEPT\n:FORWARD DROP [1:1]\n-A FORWARD -j ACCEPT\n-P OUTPUT ACCEPT\nCOMMIT\n' | iptables-restore -v -c
iptables-save -c -t filter | grep '^:'
ip6tables -P INPUT DROP
ip6tables-restore -v <<'EOF2'
*filter
-A INPUT -i lo -j ACCEPT
COMMIT
EOF2
ip6tables -S
