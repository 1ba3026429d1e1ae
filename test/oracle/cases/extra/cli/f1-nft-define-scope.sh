printf 'define P = 22\ntable inet f {\n define Q = 80\n chain in {\n  tcp dport { $P, $Q } accept\n }\n}\nadd rule inet f in tcp dport $Q drop\n' > /tmp/f1d.nft
nft -f /tmp/f1d.nft; echo rc=$?
nft list ruleset
printf 'define P = 22\ntable inet f {\n define Q = { 80, 443 }\n chain in {\n  type filter hook input priority 0; policy accept;\n  tcp dport $Q accept\n  tcp dport $P accept\n }\n}\n' > /tmp/f1e.nft
nft -f /tmp/f1e.nft; echo rc=$?
nft -a list ruleset
nft 'define P = "x y"; add table ip $P'; echo rc=$?
nft 'define P = f; add chain inet $P c'; echo rc=$?
nft 'define P = in; add rule inet f $P accept'; echo rc=$?
iptables -A INPUT -p tcp --dport 1 -j ACCEPT
iptables -N X
nft -a list table ip filter
nft add rule ip filter INPUT handle 3 tcp dport 8 accept; echo rc=$?
nft add rule ip filter INPUT position 3 tcp dport 7 accept; echo rc=$?
iptables -S INPUT
