# iptables-nft-restore -v keeps the nat and security tables it replaces chain by chain: handles go on from the table's counter, a user chain made again gets a new one
iptables -t nat -N SVC
iptables -t nat -A PREROUTING -p tcp --dport 80 -j SVC
iptables -t nat -A SVC -j DNAT --to-destination 10.0.0.2
iptables -t nat -A POSTROUTING -j MASQUERADE
printf '*nat\n:SVC - [0:0]\n-A OUTPUT -j SVC\n-A SVC -j RETURN\nCOMMIT\n' | iptables-restore -v
nft -a list table ip nat
iptables -t nat -A POSTROUTING -j RETURN
nft -a list table ip nat
printf '*nat\n-A POSTROUTING -j MASQUERADE\nCOMMIT\n' | iptables-restore
nft -a list table ip nat
printf '*security\n-A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -v
printf '*security\n-A OUTPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -v
nft -a list table ip security
nft list tables
