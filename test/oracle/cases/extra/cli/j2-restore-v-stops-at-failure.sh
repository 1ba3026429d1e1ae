# iptables-restore -v of a block with a mistake iptables-nft meets as it prepares the batch: the echoes stop at that line
iptables -N MY; iptables -A MY -j ACCEPT
printf '*filter\n-A OUTPUT -o lo -j ACCEPT\n-A INPUT -j LOGGING\n-A OUTPUT -p tcp -j ACCEPT\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n-A logging -j LOG\n-A INPUT -p udp -j DROP\n-A INPUT -j DROP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*nat\n-A POSTROUTING -j MASQUERADE\nCOMMIT\n*filter\n-A INPUT -j MY\n:INPUT DROP [0:0]\n:MY - [0:0]\n-A MY -j RETURN\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n-A INPUT -j MY\n:OUTPUT Drop [0:0]\n-A INPUT -j DROP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n:OUTPUT Drop [0:0]\n-A INPUT -j MY\n-A INPUT -j DROP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n-A INPUT -j MY\n-A INPUT -j DROP\nCOMMIT\n' | iptables-restore -v -n; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n-A NOPE -j ACCEPT\n-A INPUT -j DROP\nCOMMIT\n' | iptables-restore -v -n; echo rc=$?
iptables-save | grep -v '^#'
