# iptables-restore --noflush '-Z CHAIN N' on a chain missing from the kernel: 'line N failed: Bad rule' from the stale ENOENT of iptables-nft's cache fetch, nothing when the last chain it fetched exists (errno 0) or the block replaces its table; a missing rule fails without a reason; legacy gives no reason
printf '*filter\n-Z A 1\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -N A; printf '*filter\n-Z A 1\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-Z B 1\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-Z web 2\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-Z INPUT 1\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -P OUTPUT ACCEPT; printf '*filter\n-Z B 1\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?; printf '*filter\n-Z OUTPUT 1\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -A A -j ACCEPT; printf '*filter\n-Z A 2\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?; printf '*filter\n-Z A 1\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-Z B 1\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*nat\n-Z B 1\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?; printf '*nat\n-Z PREROUTING 1\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-Z B 1\nCOMMIT\n' | ip6tables-restore --noflush; echo rc=$?
printf '*filter\n-Z B 1\nCOMMIT\n' | iptables-legacy-restore --noflush; echo rc=$?
