nft add table inet f
nft add chain inet f c '{ type filter hook forward priority 0; }'
nft add rule inet f c meta mark set 1 accept; echo rc=$?
nft add rule inet f c meta mark set 0x10 counter; echo rc=$?
nft add rule inet f c meta mark != 0x2 drop; echo rc=$?
nft add rule inet f c log prefix '"drop: "' level warn drop; echo rc=$?
nft add rule inet f c log level debug prefix '"x"'; echo rc=$?
nft add rule inet f c log level bogus; echo rc=$?
nft add rule inet f c limit rate 5/minute burst 10 packets accept; echo rc=$?
nft add rule inet f c limit rate 5/minute burst 0 packets accept; echo rc=$?
nft add rule inet f c tcp flags rst drop; echo rc=$?
nft add rule inet f c tcp dport 22 tcp flags syn accept; echo rc=$?
nft add rule inet f c tcp flags bogus drop; echo rc=$?
nft add rule inet f c meta nfproto; echo rc=$?
nft add rule inet f c meta nfproto ipv6 ip6 saddr 2001:db8::/32 drop; echo rc=$?
nft add rule inet f c ip6 saddr 2001:DB8::1 ip6 daddr != ::1 counter; echo rc=$?
nft add rule inet f c ip saddr 10.0.0.1 ip6 daddr ::1 counter; echo rc=$?
nft add rule inet f c continue accept; echo rc=$?
nft add rule inet f c meta iifname != '"eth0"' meta oifname eth1 accept; echo rc=$?
nft list chain inet f c
nft -j list chain inet f c
