iptables -A INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT
iptables -N MYCHAIN
nft list tables
nft list chain ip filter MYCHAIN
