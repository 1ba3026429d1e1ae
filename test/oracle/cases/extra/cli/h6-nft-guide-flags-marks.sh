nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet filter input tcp dport '{ 22, 80, 443 }' ct state new accept
nft add rule inet filter input ip protocol icmp icmp type echo-request accept
nft add rule inet filter input ip protocol tcp tcp dport 22 accept
nft add rule inet filter input tcp flags '&' '(fin|syn|rst|ack)' == syn accept
nft add rule inet filter input tcp flags '&' '(syn|ack)' != syn ct state new drop
nft add rule inet filter input tcp flags != syn ct state new drop
nft add rule inet filter input tcp flags syn tcp dport 22 log prefix '"SSH "' accept
nft add rule inet filter input meta pkttype broadcast drop
nft add rule inet filter input meta pkttype != host counter
nft add rule inet filter input ip6 nexthdr icmpv6 accept
nft add rule inet filter input meta l4proto ipv6-icmp icmpv6 type echo-request accept
nft add rule inet filter input meta nfproto ipv6 icmpv6 type echo-reply accept
nft add rule inet filter input meta nfproto ipv4 icmp type echo-request accept
nft add rule inet filter input meta mark set ct mark
nft add rule inet filter input ct mark set meta mark counter
nft add rule inet filter input log flags all prefix '"x "' level crit
nft add rule inet filter input log level emerg; echo rc=$?
nft add rule inet filter input tcp flags '&' '(fin|syn)' == bogus drop; echo rc=$?
nft list table inet filter
nft -j list table inet filter
nft add table ip6 t
nft add chain ip6 t c '{ type filter hook input priority 0; }'
nft add rule ip6 t c ip6 nexthdr ipv6-icmp icmpv6 type nd-router-advert accept
nft add rule ip6 t c meta l4proto ipv6-icmp icmpv6 type echo-request accept
nft add rule ip6 t c tcp flags rst counter drop
nft add table ip t
nft add chain ip t c '{ type filter hook input priority 0; }'
nft add rule ip t c ip protocol icmp icmp type echo-request accept
nft add rule ip t c meta pkttype multicast drop
nft list ruleset
