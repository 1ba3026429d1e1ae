# a saved file edited to ":INPUT REJECT", restored with -v: iptables-nft echoes the block's lines only up to the refused policy
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables-save > /tmp/rules.v4
sed -i 's/^:INPUT ACCEPT/:INPUT REJECT/' /tmp/rules.v4
iptables-restore -v < /tmp/rules.v4; echo rc=$?
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ACCEPT\n:OUTPUT REJECT [0:0]\n-A FORWARD -j DROP\n:FORWARD drop [0:0]\nCOMMIT\n' > /tmp/b.rules
iptables-restore -v < /tmp/b.rules; echo rc=$?
iptables-restore -v --test < /tmp/b.rules; echo rc=$?
printf '*nat\n-A POSTROUTING -j MASQUERADE\nCOMMIT\n*filter\n-A INPUT -j ACCEPT\n:INPUT Accept [0:0]\n-A INPUT -j DROP\nCOMMIT\n' > /tmp/c.rules
iptables-restore -v < /tmp/c.rules; echo rc=$?
iptables-restore -v -n < /tmp/b.rules; echo rc=$?
iptables-legacy-restore -v < /tmp/b.rules; echo rc=$?
iptables-save | grep -v '^#'
