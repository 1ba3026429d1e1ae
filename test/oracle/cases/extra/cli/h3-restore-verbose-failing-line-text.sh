# iptables-nft-restore -v: a rule number or rule missing from the cache fails after the block's flush report and echoes
printf '*filter\n-A INPUT -j ACCEPT\n-D INPUT -p tcp -j DROP\nCOMMIT\n' | iptables-restore -v
printf '*filter\n-A INPUT -j ACCEPT\n-I INPUT 5 -j DROP\nCOMMIT\n' | iptables-restore -v
printf '*filter\n-A INPUT -j ACCEPT\n-D INPUT 3\nCOMMIT\n' | iptables-restore -v
printf '*filter\n-A INPUT -j ACCEPT\n-C INPUT -j DROP\nCOMMIT\n' | iptables-restore -v --noflush
printf '*filter\n-R INPUT 1 -j ACCEPT\nCOMMIT\n' | iptables-restore
printf '*nat\n-A POSTROUTING -j MASQUERADE\nCOMMIT\n*filter\n-A INPUT -j ACCEPT\n-D INPUT -j DROP\nCOMMIT\n' | iptables-restore -v
iptables-save | grep -v '^#'
ip6tables-restore -v <<'EOF2'
*filter
-A INPUT -s 2001:db8::1 -j ACCEPT
-I INPUT 3 -j DROP
COMMIT
EOF2
echo rc=$?
