nft add table inet f
nft add chain inet f out '{ type filter hook output priority 0; }'
nft add rule inet f out tcp dport 81 counter drop
nft add table ip6 g
nft add chain ip6 g out '{ type filter hook output priority 0; }'
nft add rule ip6 g out tcp dport 82 counter reject with tcp reset
nft add table ip h
nft add chain ip h out '{ type filter hook output priority 0; }'
nft add rule ip h out tcp dport 83 counter drop
nft add chain inet f in '{ type filter hook input priority 0; }'
nft add rule inet f in tcp sport 84 counter
ip link set lo up
curl -s -6 -m 1.5 http://localhost:81/; echo rc=$?
curl -s -6 -m 1.5 http://[::1]:82/; echo rc=$?
curl -s -m 0.5 http://[::1]:83/; echo rc=$?
curl -s -m 0.5 http://[::1]:84/; echo rc=$?
ip6tables -A OUTPUT -p tcp --dport 85 -j ACCEPT
nft add rule ip6 g out tcp dport 85 counter drop
curl -s -m 0.5 http://[::1]:85/; echo rc=$?
nft list ruleset
ip6tables -L OUTPUT -v -n -x
