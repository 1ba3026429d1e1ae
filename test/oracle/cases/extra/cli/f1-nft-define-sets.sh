nft add table inet f
nft add chain inet f in '{ type filter hook input priority 0; policy accept; }'
nft 'define P = 22; define Q = 80; add rule inet f in tcp dport { $P, $Q } accept'; echo rc=$?
nft 'define P = 22; define Q = 80; add rule inet f in tcp dport {$P,$Q} accept'; echo rc=$?
nft 'define A = { 22, 80 }; add rule inet f in tcp dport $A accept'; echo rc=$?
nft 'define S = { established, related }; add rule inet f in ct state $S accept'; echo rc=$?
nft 'define x = 1; define x = 2; add rule inet f in tcp dport $x accept'; echo rc=$?
nft 'define x = ; add rule inet f in accept'; echo rc=$?
nft 'define constructor = 5; add rule inet f in tcp dport $constructor accept'; echo rc=$?
nft 'add rule inet f in tcp dport $toString accept'; echo rc=$?
nft 'add rule inet f in tcp dport $'; echo rc=$?
nft 'define P = 1; redefine P = 2; add rule inet f in tcp dport $P accept'; echo rc=$?
nft 'define P = 1; undefine P; add rule inet f in tcp dport $P accept'; echo rc=$?
printf 'define WEB = { http, https }\ndefine SSH = ssh\nadd rule inet f in tcp dport $WEB accept\nadd rule inet f in tcp dport { $SSH, 2222 } accept\n' > /tmp/f1.nft
nft -f /tmp/f1.nft; echo rc=$?
printf 'define A = 1\ndefine A = 2\n' > /tmp/f1b.nft
nft -f /tmp/f1b.nft; echo rc=$?
nft -a list chain inet f in
