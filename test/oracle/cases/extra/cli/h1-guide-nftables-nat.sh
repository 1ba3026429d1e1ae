# nftables NAT guide: nat table with prerouting/postrouting base chains, masquerade, snat to, dnat to with a port, redirect, forward rules, and iptables-nft's view of a native nat table
sysctl -w net.ipv4.ip_forward=1
nft add table ip nat
nft add chain ip nat prerouting { type nat hook prerouting priority -100 \; }
nft add chain ip nat postrouting { type nat hook postrouting priority 100 \; }
nft add rule ip nat postrouting oifname "eth0" masquerade
nft add rule ip nat postrouting ip saddr 10.0.0.0/24 oifname "eth1" snat to 198.51.100.2
nft add rule ip nat prerouting iifname "eth0" tcp dport 80 dnat to 192.168.1.10:8080
nft add rule ip nat prerouting tcp dport 2222 redirect to :22
nft add table inet filter
nft add chain inet filter forward { type filter hook forward priority 0 \; policy drop \; }
nft add rule inet filter forward ct state established,related accept
nft add rule inet filter forward iifname "eth1" oifname "eth0" accept
nft list table ip nat
nft list ruleset
iptables -t nat -S
iptables -S
nft delete table ip nat
nft list tables
