nft add table ip t
nft add chain ip t c '{ type filter hook input priority 0; }'
nft add rule ip t c meta mark 0x10 meta mark set 0x20 counter accept; echo rc=$?
nft add rule ip t c ct state != established,related counter; echo rc=$?
nft add rule ip t c tcp flags syn limit rate 3/minute burst 5 packets accept; echo rc=$?
nft add rule ip t c meta l4proto '{ tcp, udp }' th dport '{ 53, 853 }' continue; echo rc=$?
nft add rule ip t c icmp type '{ echo-request, bogus }' accept; echo rc=$?
nft add rule ip t c meta pkttype bogus accept; echo rc=$?
nft add rule ip t c meta mark set 0x100000000; echo rc=$?
nft add rule ip t c ct mark 0x1 accept; echo rc=$?
nft add rule ip t c meta l4proto '{ tcp, bogus }' accept; echo rc=$?
nft -n list chain ip t c
nft -a list chain ip t c
nft -j list chain ip t c
nft add rule ip t c ct state != new counter
nft add rule ip t c ct mark != 0x2 meta mark set ct mark
nft -n list chain ip t c
