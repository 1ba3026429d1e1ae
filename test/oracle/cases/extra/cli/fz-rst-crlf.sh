# iptables-restore reads CRLF input byte for byte: the \r stays part of the last word of each line
printf '*filter\r\n' | iptables-restore
printf '\r\n*filter\nCOMMIT\n' | iptables-restore
printf '*filter\n:INPUT ACCEPT [0:0]\r\nCOMMIT\n' | iptables-restore
printf '*filter\n:INPUT DROP\r\nCOMMIT\n' | iptables-restore
printf '*filter\n-A INPUT -j ACCEPT\r\nCOMMIT\n' | iptables-restore
printf '*filter\n-A INPUT -j ACCEPT \r\nCOMMIT\n' | iptables-restore
printf '*filter\nCOMMIT\r\n' | iptables-restore
printf '# c\r\n*filter\nCOMMIT\n' | iptables-restore
printf '*filter\n-A INPUT -s 1.2.3.4\r\nCOMMIT\n' | iptables-restore
printf '*filter\n:web - [0:0]\r\nCOMMIT\n' | iptables-restore
iptables -S
printf '*filter\r\n' | iptables-legacy-restore
printf '*filter\n-A INPUT -j ACCEPT\r\nCOMMIT\n' | iptables-legacy-restore
printf '*filter\nCOMMIT\r\n' | iptables-legacy-restore
printf '*nat\r\n:INPUT ACCEPT [0:0]\r\nCOMMIT\r\n' | ip6tables-restore
printf '*filter\r\n-A INPUT -j ACCEPT\r\nCOMMIT\r\n' | iptables-nft-restore
