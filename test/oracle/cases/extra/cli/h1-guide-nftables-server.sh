# An nftables server guide's rules one by one: service names in a set, invalid drop, icmp by protocol, icmpv6 NDP types, limit, log with a prefix, reject with a type, then save with list ruleset and reload with -f
nft add table inet filter
nft add chain inet filter input { type filter hook input priority 0 \; policy drop \; }
nft add rule inet filter input ct state invalid drop
nft add rule inet filter input ct state { established, related } accept
nft add rule inet filter input iifname lo accept
nft add rule inet filter input tcp dport { ssh, http, https } accept
nft add rule inet filter input ip saddr 203.0.113.7 drop
nft add rule inet filter input ip protocol icmp accept
nft add rule inet filter input meta l4proto ipv6-icmp accept
nft add rule inet filter input icmp type echo-request limit rate 5/second accept
nft add rule inet filter input icmpv6 type { nd-neighbor-solicit, nd-router-advert, nd-neighbor-advert } accept
nft add rule inet filter input tcp dport 25 reject with tcp reset
nft add rule inet filter input udp dport 161 reject with icmp type port-unreachable
nft add rule inet filter input log prefix \"nft drop: \" counter drop
nft list ruleset
nft list ruleset > /tmp/nftables.conf
nft flush ruleset
nft list ruleset | wc -l
nft -f /tmp/nftables.conf; echo rc=$?
nft -c -f /tmp/nftables.conf; echo rc=$?
nft list ruleset | grep -c accept
