serve tcp 80
nft add table inet f
nft add chain inet f in '{ type filter hook input priority 0; policy accept; }'
nft add rule inet f in ct state invalid drop
nft add rule inet f in tcp dport 80 tcp flags syn counter
nft add rule inet f in tcp dport 80 counter continue
nft add rule inet f in ip6 saddr ::1 counter
nft add rule inet f in meta iifname lo tcp dport 80 meta mark set 0x2a
nft add rule inet f in meta mark 0x2a tcp dport 80 counter
nft add rule inet f in meta mark != 0x2a tcp dport 80 counter
nft add rule inet f in tcp dport 81 log prefix '"h6: "' level info limit rate 10/second burst 20 packets counter drop
probe tcp 127.0.0.1 80
probe tcp 127.0.0.1 81 --timeout 0.3
nft list chain inet f in
