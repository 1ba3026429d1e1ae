# nft add rule in nft's own tables: a jump to a base chain is 'Operation not supported'; a missing target's hint is nft's misspelling lookup of the rule's own chain name (a 1-character name never finds itself); a refused loop takes two handles for the rule and each anonymous set
nft add table ip t; nft add chain ip t in '{ type filter hook input priority 0; }'; nft add chain ip t U; nft add chain ip t V; nft add rule ip t in jump U
nft add rule ip t V jump in; echo rc=$?; nft add rule ip t V goto in; echo rc=$?
nft add rule ip t V jump NOPE; echo rc=$?; nft add rule ip t U jump QQQQ; echo rc=$?; nft add rule ip t in jump zz; echo rc=$?
nft add rule ip t U udp dport { 1, 2 } jump U; echo rc=$?; nft add rule ip t U counter; nft -a list chain ip t U | grep handle | tail -1
nft add rule ip t U jump V; nft add rule ip t V tcp dport { 3, 4 } counter jump U; echo rc=$?; nft add rule ip t U counter; nft -a list chain ip t U | grep handle | tail -1
nft add table ip x; nft add chain ip x ABCDE; nft add rule ip x ABCDE jump ABCDF; echo rc=$?; nft add rule ip x ABCDE jump UU; echo rc=$?
nft add chain ip x V; nft add rule ip t V jump NOPE; echo rc=$?; nft add chain ip x in; nft add rule ip t in jump NOPE; echo rc=$?
nft add table ip6 t; nft add chain ip6 t W; nft add rule ip6 t W jump V; echo rc=$?
