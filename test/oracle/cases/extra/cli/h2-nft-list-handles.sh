# nft -a: handles of tables (one counter for all families), chains and rules (one counter per table)
ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables -N LOGDROP
ip6tables -A LOGDROP -j LOG --log-prefix "x "
ip6tables -A INPUT -s 2001:db8::/32 -j LOGDROP
iptables -A INPUT -p udp --dport 53 -j ACCEPT
ip6tables -D INPUT 1
ip6tables -I INPUT 1 -p tcp --dport 443 -j ACCEPT
ip6tables -t nat -A POSTROUTING -j MASQUERADE
nft -a list ruleset
nft --handle list table ip6 filter
nft -a list chain ip6 filter LOGDROP
nft -a list chains
nft -a list tables
ip6tables-save | ip6tables-restore
nft -a list ruleset ip6
printf '*filter\n:FOO - [0:0]\n-A INPUT -j FOO\n-A FOO -j ACCEPT\nCOMMIT\n' | ip6tables-restore --noflush
nft -a list table ip6 filter
ip6tables -E FOO BAR
ip6tables -R INPUT 1 -j DROP
ip6tables -F
ip6tables -X
ip6tables -A INPUT -j ACCEPT
nft -a list table ip6 filter
nft flush ruleset
ip6tables -t mangle -A OUTPUT -j ACCEPT
iptables -A FORWARD -j ACCEPT
nft -as list ruleset
