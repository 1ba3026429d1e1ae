nft add table inet f
nft add chain inet f in '{ type filter hook input priority 0; policy accept; }'
nft add rule inet f in reject with icmpx type port-unreachable
nft add rule inet f in reject with icmpx type admin-prohibited
nft add rule inet f in reject with icmpx no-route
nft add rule inet f in reject with icmpx type host-unreachable
nft add rule inet f in reject with icmpv6 type admin-prohibited
nft add rule inet f in reject with icmpx type bogus; echo rc=$?
nft add rule inet f in reject with icmpv6 type bogus; echo rc=$?
nft add rule inet f in reject with icmpv6 type port-unreachable
nft add rule inet f in reject with icmpx 3
nft add rule inet f in reject with icmpx; echo rc=$?
nft add rule inet f in reject
nft add rule inet f in tcp dport 22 reject
nft -a list chain inet f in
nft -n list chain inet f in
nft add table ip t
nft add chain ip t c
nft add rule ip t c reject with icmpx type port-unreachable; echo rc=$?
nft add rule ip t c reject with icmpx type admin-prohibited; echo rc=$?
nft add rule ip t c reject with icmpv6 type admin-prohibited; echo rc=$?
nft add rule ip t c reject with icmp type port-unreachable
nft add rule ip t c reject with icmp 3
nft -n list table ip t
nft add table ip6 t
nft add chain ip6 t c
nft add rule ip6 t c reject with icmpv6 type admin-prohibited; echo rc=$?
nft add rule ip6 t c reject with icmpx type port-unreachable; echo rc=$?
nft add rule ip6 t c reject; echo rc=$?
nft add rule ip6 t c reject with icmpv6 port-unreachable; echo rc=$?
nft -n list table ip6 t
nft list ruleset
