printf '*filter\n-A INPUT -s 10.0.0.1 -j ACCEPT\nCOMMIT' | iptables-restore
iptables -S
printf '*filter\n-A INPUT -s 10.0.0.2 -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush
iptables -S
echo '*filter' | iptables-restore
