printf '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-N X\n-A INPUT -j X\n-A X -j ACCEPT\nCOMMIT\n' | iptables-restore
nft -a list table ip filter
printf '*filter\n-A FORWARD -j ACCEPT\n-A OUTPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -v
nft -a list table ip filter
iptables -L -v -n --line-numbers
printf '*filter\n-N Y\n-A INPUT -j Y\nCOMMIT\n' | iptables-restore -v
nft -a list table ip filter
iptables-save
printf '*raw\nCOMMIT\n' | iptables-restore -v
nft -a list table ip raw
iptables -t raw -A PREROUTING -j ACCEPT
nft -a list table ip raw
iptables -t raw -L -n -v
