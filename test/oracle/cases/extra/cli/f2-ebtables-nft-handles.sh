# nft -a on ebtables' tables: one handle counter per table; a user chain's policy rule is taken out and put back (a new handle) at each change of its rules or policy; a restore's rules line by line, policy rules last
ebtables -N u1 -P DROP
nft -a list table bridge filter
ebtables -A u1 -j ACCEPT
nft -a list table bridge filter
ebtables -A u1 -p IPv4 -j ACCEPT
ebtables -I u1 1 -j DROP
nft -a list chain bridge filter u1
ebtables -P u1 ACCEPT
nft -a list chain bridge filter u1
ebtables -P u1 RETURN
nft -a list chain bridge filter u1
ebtables -P u1 DROP
ebtables -A INPUT -j u1
ebtables -P INPUT DROP
ebtables -P FORWARD DROP
ebtables -A FORWARD -j ACCEPT
ebtables -t nat -A OUTPUT -j ACCEPT
nft -a list ruleset
ebtables -D u1 1
nft -a list chain bridge filter u1
ebtables -F u1
nft -a list chain bridge filter u1
ebtables -A u1 -j ACCEPT
ebtables -N u3
ebtables -A u3 -j ACCEPT
ebtables -E u1 u2
nft -a list table bridge filter
printf '*filter\n:INPUT ACCEPT\n:FORWARD ACCEPT\n:OUTPUT ACCEPT\n:x1 DROP\n-A INPUT -j x1\n-A x1 -j ACCEPT\n-A OUTPUT -j DROP\n' | ebtables-restore
nft -a list table bridge filter
