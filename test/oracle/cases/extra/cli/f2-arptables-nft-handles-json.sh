# nft -a and nft -j on arptables' table: one handle counter per table for chains and rules (a chain first, then its rules), tables in JSON with their handles
arptables -N u1
arptables -A INPUT --opcode 1 -j ACCEPT
arptables -A INPUT -s 10.0.0.1 -j DROP
arptables -A OUTPUT -j ACCEPT
arptables -A INPUT -j u1
arptables -A u1 -j RETURN
arptables -I INPUT 1 -d 10.0.0.2 -j ACCEPT
arptables -R INPUT 2 --opcode 2 -j ACCEPT
arptables -P OUTPUT DROP
nft -a list table arp filter
nft -a list ruleset
nft -a list chain arp filter INPUT
nft -j list tables
nft -j list chains arp
ebtables -A INPUT -j ACCEPT
nft add table ip t1
nft -j list tables
arptables -F INPUT
arptables -A INPUT -j ACCEPT
arptables -E u1 u2
arptables -N u3
nft -a list table arp filter
nft -j list chains arp
nft list tables
printf '*filter\n:INPUT ACCEPT\n:OUTPUT ACCEPT\n:x1 -\n-A INPUT -j x1\n-A x1 -j ACCEPT\n-A OUTPUT -j DROP\nCOMMIT\n' | arptables-restore
nft -a list table arp filter
printf '*filter\n-A INPUT -j DROP\nCOMMIT\n' | arptables-restore --noflush
nft -a list chain arp filter INPUT
