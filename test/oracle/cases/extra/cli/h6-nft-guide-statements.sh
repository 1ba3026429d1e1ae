nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet filter input ct state invalid drop; echo rc=$?
nft add rule inet filter input iif lo accept; echo rc=$?
nft add rule inet filter input meta iifname lo accept; echo rc=$?
nft add rule inet filter input meta iifname '"eth*"' accept; echo rc=$?
nft add rule inet filter input ip protocol icmp accept; echo rc=$?
nft add rule inet filter input icmp type echo-request accept; echo rc=$?
nft add rule inet filter input icmpv6 type '{ nd-neighbor-solicit, echo-request }' accept; echo rc=$?
nft add rule inet filter input tcp flags syn counter; echo rc=$?
nft add rule inet filter input meta mark set 1; echo rc=$?
nft add rule inet filter input meta mark 0x1 accept; echo rc=$?
nft add rule inet filter input ct mark set 2; echo rc=$?
nft add rule inet filter input log prefix '"in: "' level warn; echo rc=$?
nft add rule inet filter input log level info; echo rc=$?
nft add rule inet filter input limit rate 10/second burst 5 packets accept; echo rc=$?
nft add rule inet filter input ip6 saddr ::1 accept; echo rc=$?
nft add rule inet filter input ip6 daddr fe80::/10 accept; echo rc=$?
nft add rule inet filter input meta nfproto ipv4 accept; echo rc=$?
nft add rule inet filter input meta nfproto ipv6 counter; echo rc=$?
nft add rule inet filter input continue; echo rc=$?
nft add rule inet filter input counter continue; echo rc=$?
nft add rule inet filter input reject with icmpx type admin-prohibited; echo rc=$?
nft add rule inet filter input tcp dport 22 ct state new accept; echo rc=$?
nft add rule inet filter input meta l4proto ipv6-icmp accept; echo rc=$?
nft add rule inet filter input meta nfproto ipv5 accept; echo rc=$?
nft list table inet filter
nft -j list table inet filter
