# iptables-nft-restore lists a user chain's references as nft's cache knows them: the kernel's use count from before the block, less the rules cached now ("ERROR obtaining refs" when negative).
printf '*filter\n:FOO - [0:0]\n-A FOO -j RETURN\n-A INPUT -j FOO\n-L FOO -n\n-L -n\n-S\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-N BAR\n-A BAR -j ACCEPT\n-L BAR\n-L INPUT -n -v\n-L -n --line-numbers\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-L FOO -n\n-L -n\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*filter\n-A FOO -j DROP\n-L FOO -n\n-L BAR -n -x -v\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*nat\n:X - [0:0]\n-L X\n-L\nCOMMIT\n' | iptables-restore; echo rc=$?
