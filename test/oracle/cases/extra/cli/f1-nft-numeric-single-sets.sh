nft add table inet f
nft add chain inet f in '{ type filter hook input priority 0; policy accept; }'
nft add rule inet f in ct state '{ established, related }' accept
nft add rule inet f in ct state '{ new }' counter accept
nft add rule inet f in tcp dport '{ ssh, http }' accept
nft add rule inet f in tcp dport '{ ssh }' accept
nft add rule inet f in udp dport domain accept
nft add rule inet f in limit rate 10/second accept
nft add rule inet f in log prefix foo accept
nft add rule inet f in accept comment ssh
nft add rule inet f in accept comment '"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"'; echo rc=$?
nft add rule inet f in accept comment '"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"'; echo rc=$?
nft add rule inet f in reject with icmp type port-unreachable
nft add rule inet f in reject with icmp 10
nft add rule inet f in icmpv6 type '{ echo-request, nd-neighbor-solicit }' accept
nft add rule inet f in icmpv6 type '{ echo-reply }' accept
nft add rule inet f in icmp type '{ echo-request }' accept
nft add rule inet f in meta l4proto tcp reject with tcp reset
nft add rule inet f in counter packets 5 accept
nft -n list chain inet f in
nft -a list chain inet f in
nft add rule inet f in handle 3 tcp dport 1 accept; echo rc=$?
nft add rule inet f in handle 4 tcp dport 2 accept; echo rc=$?
nft insert rule inet f in position 4 tcp dport 3 accept; echo rc=$?
nft add rule inet f in index 99 accept; echo rc=$?
nft add table ip6 t
nft add chain ip6 t c
nft add rule ip6 t c icmpv6 type '{ echo-request }' accept
nft add rule ip6 t c icmpv6 type '{ echo-request, echo-reply }' accept
nft add rule ip6 t c ct state '{ established, related }' accept
nft add table ip t
nft add chain ip t c
nft add rule ip t c ct state '{ new }' log prefix '"p "' limit rate 1/minute counter comment '"c"'
nft add rule ip t c icmpv6 type echo-request accept
nft add rule ip t c reject with icmp type host-prohibited
nft -a list ruleset
nft -n list ruleset
