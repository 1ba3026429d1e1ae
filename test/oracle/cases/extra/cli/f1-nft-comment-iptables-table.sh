iptables -A INPUT -p tcp --dport 1 -j ACCEPT
nft add rule ip filter INPUT tcp dport 22 accept comment '"ssh"'; echo rc=$?
nft add rule ip filter INPUT tcp dport '{ 23 }' accept; echo rc=$?
nft add rule ip filter INPUT counter packets 5 bytes 10 accept; echo rc=$?
nft add rule ip filter INPUT ip protocol udp accept
nft add rule ip filter INPUT meta l4proto udp accept
iptables -S INPUT
nft -n list chain ip filter INPUT
nft add table inet f
nft add chain inet f in
nft add rule inet f in ct state related,established accept
nft add rule inet f in ct state != '{ established, related }' accept
nft add rule inet f in ct state != established accept
nft add rule inet f in icmp type echo-request accept
nft add rule inet f in ip protocol udp accept
nft add rule inet f in meta l4proto udp accept
nft add rule inet f in tcp dport '{ 22, 22 }' accept
nft -a list chain inet f in
nft -n list chain inet f in
nft add rule inet f in accept comment '"{x}"'
nft add rule inet f in drop
nft -a list chain inet f in
iptables -L INPUT -n
iptables -D INPUT -p tcp --dport 22 -m comment --comment ssh -j ACCEPT; echo rc=$?
iptables-save -t filter | grep -v '^#'
