iptables -P INPUT DROP
iptables -A INPUT -j ACCEPT
printf '*filter\n-A INPUT -j NOPE\nCOMMIT\n' | iptables-restore -v
echo rc=$?
iptables -S
printf '*filter\n-N A\n-N B\n-A A -j B\n-A B -j A\n-A INPUT -j A\nCOMMIT\n' | iptables-restore -v
echo rc=$?
iptables-save -c
printf '*filter\n-A INPUT -p tcp -j REJECT --reject-with tcp-reset\n-A OUTPUT -j CT --notrack\nCOMMIT\n' | iptables-restore -v
echo rc=$?
iptables -S
printf '*raw\n-A PREROUTING -j CT --notrack\n-A PREROUTING -j NOPE\nCOMMIT\n' | iptables-restore -v
echo rc=$?
nft list tables
printf '*filter\n-X\n-F\n-Z\nCOMMIT\n' | iptables-restore -v
echo rc=$?
iptables-save -c
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n*nat\n-A INPUT -j NOPE\nCOMMIT\n' | iptables-restore -v
echo rc=$?
iptables-save
printf '*filter\n-A FORWARD -j ACCEPT\nCOMMIT\n' | iptables-restore -v -T nat
echo rc=$?
iptables -S
