arptables -A INPUT --source-mac 00:11:22:33:44:55:66 -j ACCEPT
arptables -A INPUT --source-mac "0:1:2:3:4:5 trailing" -j ACCEPT
arptables -A INPUT --destination-mac 00:11:22:33:44:55/00:00:00:00:00:00 -j ACCEPT
arptables -A INPUT --destination-mac 00:11:22:33:44:5g -j ACCEPT
arptables -A OUTPUT -j mangle --mangle-mac-s 00:11:22:33:44:55:66
arptables -A OUTPUT -j mangle --mangle-mac-d 1:2:3:4:5:6x
arptables -L -n
arptables-save
printf '*filter\n-A INPUT -s 00:11:22:33:44:55:66 -j ACCEPT\n-A INPUT -j mark --mark-set 0x100000000\n-A INPUT -p 0x0600 -j ACCEPT\nCOMMIT\n' | ebtables-restore; echo rc=$?
printf '*filter\n-A INPUT -s 00:11:22:33:44:55/00:00:00:00:00:00 -j ACCEPT\nCOMMIT\n' | ebtables-restore; echo rc=$?
ebtables-save
