# An nftables.conf-style file with a set block and a table ip nat postrouting chain loaded with nft -f; the nat chain listed, flushed, given snat, deleted; then iptables' own POSTROUTING with a native masquerade added by nft (incompatible until iptables -D removes it)
printf '%s\n' 'flush ruleset' 'table inet filter {' '	set allowed_ssh {' '		type ipv4_addr' '		flags interval' '		elements = { 192.168.1.0/24, 10.0.0.5 }' '	}' '	chain input {' '		type filter hook input priority 0; policy drop;' '		ct state established,related accept' '		iif "lo" accept' '		ip saddr @allowed_ssh tcp dport 22 accept' '		tcp dport { 80, 443 } accept' '	}' '}' 'table ip nat {' '	chain postrouting {' '		type nat hook postrouting priority srcnat; policy accept;' '		oifname "eth0" masquerade' '	}' '}' > /tmp/fw.nft
nft -f /tmp/fw.nft; echo rc=$?
nft list ruleset
nft -a list table ip nat
nft list chain ip nat postrouting
nft flush chain ip nat postrouting
nft add rule ip nat postrouting ip saddr 10.0.0.0/8 oifname "eth0" snat to 203.0.113.1
nft list table ip nat
nft delete chain ip nat postrouting
nft list table ip nat
iptables -t nat -S
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
nft add rule ip nat POSTROUTING oifname "eth1" masquerade
iptables -t nat -S
iptables -t nat -S POSTROUTING
iptables-save -t nat
iptables -t nat -D POSTROUTING 2
iptables -t nat -S
nft list table ip nat
