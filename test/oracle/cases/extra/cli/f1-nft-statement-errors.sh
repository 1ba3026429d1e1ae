nft add table inet f
nft add chain inet f in '{ type filter hook input priority 0; policy accept; }'
nft add rule inet f in accept comment "allow ssh"; echo rc=$?
nft add rule inet f in ct state '{' accept; echo rc=$?
nft add rule inet f in ct state '{ new' ; echo rc=$?
nft add rule inet f in log prefix; echo rc=$?
nft add rule inet f in log prefix accept; echo rc=$?
nft add rule inet f in reject with icmp; echo rc=$?
nft add rule inet f in reject with icmp type; echo rc=$?
nft add rule inet f in limit rate 99999999999999999999/second; echo rc=$?
nft add rule inet f in limit rate 0/second accept; echo rc=$?
nft add rule inet f in icmpv6 type '{ }' accept; echo rc=$?
nft add rule inet f in counter packets; echo rc=$?
nft add rule inet f in counter packets 99999999999999999999999 bytes 1 accept; echo rc=$?
nft add rule inet f in comment; echo rc=$?
nft add rule inet f in comment '"x"'; echo rc=$?
nft add rule inet f in accept comment; echo rc=$?
nft add rule inet f in accept comment ssh extra; echo rc=$?
nft add rule inet f in tcp dport 22 comment '"x"' accept; echo rc=$?
nft add rule inet f in tcp dport '{ constructor, toString }' accept; echo rc=$?
nft add rule inet f in tcp dport '{ 22, bogus }' accept; echo rc=$?
nft add rule inet f in tcp dport bogus accept; echo rc=$?
nft add rule inet f in ct state '{ constructor }' accept; echo rc=$?
nft add rule inet f in ct state { hasOwnProperty } accept; echo rc=$?
nft add rule inet f in ct state bogus accept; echo rc=$?
nft add rule inet f in ct state new,bogus accept; echo rc=$?
nft add rule inet f in reject with icmp type toString; echo rc=$?
nft add rule inet f in reject with icmp constructor; echo rc=$?
nft add rule inet f in icmpv6 type toString accept; echo rc=$?
nft add rule inet f in icmpv6 type constructor accept; echo rc=$?
nft add rule inet f in log prefix '"x"' log prefix '"y"' accept; echo rc=$?
nft add rule inet f in udp dport 53 reject with tcp reset; echo rc=$?
nft add rule inet f in accept
nft -a list chain inet f in
nft add table ip6 t
nft add chain ip6 t c
nft add rule ip6 t c reject with icmp type port-unreachable; echo rc=$?
nft add rule ip6 t c accept
nft -a list table ip6 t
