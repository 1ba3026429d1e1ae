# nft reads its arguments as one line: quoted commands, ';' between commands, empty words; option errors
ip6tables -A INPUT -j ACCEPT
nft -- list ruleset
nft -a
nft -f
nft -I
nft -d
nft --file
nft -
nft ''
nft list ruleset ''
nft list table ip6 ''
nft -an list tables
nft -aa list tables
nft --handle --handle list tables
nft -c
nft -h list ruleset
nft -v list ruleset
nft list ruleset -
nft list "ruleset"
nft "list ruleset"
nft "list tables ip6"
nft list ruleset\;
nft 'list ruleset; list tables'
nft 'list tables ip6; list table ip6 nope'
nft 'list tables;;list chains'
nft list tables ip6 ';' list tables
