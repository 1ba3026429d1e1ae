# iptables-nft-restore --noflush: -E keep kept then -N kept in one block leaves two chains named kept in the kernel
iptables -F; iptables -X; iptables -N keep; iptables -A keep -j RETURN; iptables -A INPUT -j keep
printf '*filter\n-E keep kept\n-N kept\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S | tail -n +4
