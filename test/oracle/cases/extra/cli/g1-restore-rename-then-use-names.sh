iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-A INPUT -j kept\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-F kept\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-Z kept\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-Z INPUT\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-A kept -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-A keep -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-D INPUT -j keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-F keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-Z keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-A INPUT -j keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-L kept\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-S keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-X keep\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
