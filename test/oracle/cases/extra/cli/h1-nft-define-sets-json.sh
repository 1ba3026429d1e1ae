# An nftables file with define'd anonymous sets ($ADMINS as a set's elements and in a rule), a named set, two anonymous sets in one rule (two handles), and nft -j list sets/set/maps
printf '%s\n' 'define ADMINS = { 10.0.0.2, 192.168.1.0/24 }' 'define WEB = { 80, 443 }' 'table inet filter {' '	set ssh_ok {' '		type ipv4_addr' '		flags interval' '		elements = $ADMINS' '	}' '	chain input {' '		type filter hook input priority filter; policy accept;' '		ip saddr $ADMINS tcp dport 22 accept' '		tcp dport $WEB accept' '		ip saddr @ssh_ok tcp dport 2222 accept' '	}' '}' > /tmp/def.nft
nft -f /tmp/def.nft; echo rc=$?
nft -a list ruleset
nft -j list sets
nft -j list set inet filter ssh_ok
nft add rule inet filter input ip saddr { 10.0.0.1, 10.0.0.3 } tcp dport { 25, 587 } counter accept
nft -a list chain inet filter input
nft add map inet filter acts '{ type inet_service : verdict; }'
nft add element inet filter acts { 22 : accept, 23 : drop }
nft add set inet filter ports '{ type inet_service; flags interval; elements = { 22, 1000-2000 }; }'
nft -j list maps
nft -j list sets inet
