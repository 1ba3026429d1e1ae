iptables -A INPUT -p tcp --dport 22 -j ACCEPT
nft add rule ip filter INPUT tcp dport 80 accept
nft add rule ip filter INPUT ip saddr 10.0.0.0/8 counter drop
nft add rule ip filter INPUT meta l4proto udp udp dport 53 accept
nft add rule ip filter INPUT iifname "eth0" ct state established,related accept
nft add rule ip filter INPUT tcp dport { 443, 8443 } accept
nft add rule ip filter INPUT ip protocol icmp icmp type echo-request accept
nft add rule ip filter INPUT log prefix \"x \" drop
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT -n -v
iptables-save -t filter
iptables -D INPUT 2
iptables -S INPUT
iptables -C INPUT -p tcp --dport 80 -j ACCEPT; echo rc=$?
iptables -C INPUT -s 10.0.0.0/8 -j DROP; echo rc=$?
iptables -D INPUT -s 10.0.0.0/8 -j DROP; echo rc=$?
iptables -S INPUT
nft add chain ip filter mychain
nft add rule ip filter mychain return
nft add rule ip filter INPUT jump mychain
iptables -L -n
iptables -S
iptables -X mychain; echo rc=$?
iptables -F INPUT
iptables -X mychain; echo rc=$?
iptables -S
nft list table ip filter
