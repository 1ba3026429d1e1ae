# iptables-nft-restore: with -v a flushing block deletes chains one by one (a DROP base chain survives with its counters), and -Z resends base chains with the policy iptables' cache had
printf '*filter\n:INPUT ACCEPT [7:8]\n:FORWARD DROP [5:6]\n:OUTPUT DROP [3:4]\n-A FORWARD -j ACCEPT\nCOMMIT\n' | iptables-restore -c
iptables-save -c | grep '^:'
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -v
iptables-save -c | grep '^:'
printf '*filter\n:INPUT ACCEPT [7:8]\n:FORWARD DROP [5:6]\n:OUTPUT DROP [3:4]\n-A FORWARD -j ACCEPT\nCOMMIT\n' | iptables-restore -c
printf '*filter\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n' | iptables-restore -v
iptables-save -c | grep '^:'
printf '*filter\n:INPUT ACCEPT [7:8]\n:FORWARD DROP [5:6]\n:OUTPUT DROP [3:4]\n-A FORWARD -j ACCEPT\n-A OUTPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -c
printf '*filter\nCOMMIT\n' | iptables-restore -v
iptables-save -c | grep '^:'
iptables -L -v -n
printf '*mangle\n:FORWARD DROP [3:3]\n:POSTROUTING ACCEPT [5:5]\n:PREROUTING ACCEPT [1:1]\n:INPUT ACCEPT [2:2]\n:OUTPUT ACCEPT [4:4]\nCOMMIT\n' | iptables-restore -c
iptables-save -c -t mangle | grep '^:'
printf '*mangle\nCOMMIT\n' | iptables-restore -v
iptables-save -c -t mangle | grep '^:'
iptables -t nat -P OUTPUT ACCEPT
printf '*nat\n:POSTROUTING ACCEPT [5:5]\n:INPUT ACCEPT [2:2]\nCOMMIT\n' | iptables-restore -c --noflush
iptables-save -c -t nat | grep '^:'
printf '*nat\nCOMMIT\n' | iptables-restore -v
iptables-save -c -t nat | grep '^:'
nft list table ip nat | grep -c chain
printf '*filter\n:FORWARD DROP [0:0]\n-Z\nCOMMIT\n' | iptables-restore; echo rc=$?
iptables -S
printf '*filter\n:FORWARD DROP [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
iptables -S
printf '*filter\n:FORWARD ACCEPT [0:0]\n:INPUT DROP [0:0]\n-Z\nCOMMIT\n' | iptables-restore; echo rc=$?
iptables -S
printf '*filter\n:OUTPUT DROP [0:0]\n-Z OUTPUT\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S
printf '*filter\n-P OUTPUT ACCEPT\n-Z\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S
printf '*filter\n-P INPUT ACCEPT\n-Z INPUT\n-P FORWARD DROP\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S
printf '*filter\n:FORWARD DROP [7:7]\n-Z FORWARD\nCOMMIT\n' | iptables-restore -c; echo rc=$?
iptables-save -c | grep '^:'
