nft add table ip t
nft add chain ip t c
nft add rule ip t c tcp dport 22 icmp type echo-request accept
nft add rule ip t c icmp type echo-request tcp dport 22 accept
nft add rule ip t c udp dport 53 tcp dport 22 accept
nft add rule ip t c ip protocol udp tcp dport 22 accept
nft add rule ip t c meta l4proto udp icmp type echo-request accept
nft add rule ip t c udp dport 53 tcp flags syn accept
nft add rule ip t c tcp dport '{ 22, 80 }' udp sport 53 accept
nft add table inet f
nft add chain inet f c
nft add rule inet f c meta l4proto tcp udp dport 53 accept
nft add rule inet f c tcp sport 80 tcp dport 22 accept
nft list ruleset
