iptables -A INPUT -j ACCEPT
printf 'flush ruleset\nadd table inet fw\nadd chain inet fw input { type filter hook input priority 0; policy drop; }\n' > /tmp/a.nft
nft -f /tmp/a.nft
nft list ruleset
printf '#!/usr/sbin/nft -f\n# comment\n\ntable ip t {\n}\nadd chain ip t c\n' > /tmp/b.nft
nft -f /tmp/b.nft
printf 'add table ip x\ndelete table ip nope\nadd chain ip x c\n' > /tmp/c.nft
nft -f /tmp/c.nft
nft list tables
printf 'add table ip x\nflush table ip x extra\n' > /tmp/d.nft
nft -f /tmp/d.nft
nft -f /tmp/missing.nft
nft -c -f /tmp/a.nft
printf 'delete table inet fw; add table ip y\n  delete chain ip t nope\n' > /tmp/e.nft
nft -f /tmp/e.nft
nft list tables
echo 'list tables' | nft -f -
nft -f /tmp
