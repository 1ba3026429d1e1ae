iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep; iptables -A INPUT -s 1.1.1.1
printf '*filter\n-D INPUT -j keep\n-F keep\n-X keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep; iptables -A INPUT -s 1.1.1.1
printf '*filter\n-D INPUT -j keep\n-F keep\n-X keep\n-N keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep; iptables -A INPUT -s 1.1.1.1
printf '*filter\n-D INPUT -j keep\n-F keep\n-X keep\n-N keep\n-A INPUT -j keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep; iptables -A INPUT -s 1.1.1.1
printf '*filter\n-A INPUT -j later\n-N later\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep; iptables -A INPUT -s 1.1.1.1
printf '*filter\n-N later\n-A INPUT -j later\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep; iptables -A INPUT -s 1.1.1.1
printf '*filter\n-X\n-N keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep; iptables -A INPUT -s 1.1.1.1
printf '*filter\n-X keep\n-N keep\n-N keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep; iptables -A INPUT -s 1.1.1.1
printf '*filter\n-A INPUT -s 2.2.2.2\n-D INPUT -s 2.2.2.2\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep; iptables -A INPUT -s 1.1.1.1
printf '*filter\n-A INPUT -s 2.2.2.2\n-I INPUT 4 -s 4.4.4.4\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
