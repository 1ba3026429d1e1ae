# nft iptables-restore: a bad policy is only refused at COMMIT (later parse errors win); -E of a chain
# made in the same batch fails in the kernel; restore's -Z of a missing rule gives no reason
printf -- '*filter\n:INPUT REJECT [0:0]\n-A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore
printf -- '*filter\n:INPUT REJECT [0:0]\n-A INPUT -j ACCEPT\n-A INPUT -s 1.2.3.300 -j ACCEPT\nCOMMIT\n' | iptables-restore
printf -- '*filter\n:INPUT REJECT [0:0]\n' | iptables-restore
printf -- '*filter\n:INPUT REJECT [0:0]\n-A INPUT -j nochain\nCOMMIT\n' | iptables-restore
iptables -S INPUT
printf -- '*mangle\n-Z INPUT 1\nCOMMIT\n' | iptables-restore
printf -- '*filter\n-Z INPUT 1\nCOMMIT\n' | iptables-restore
printf -- '*filter\n-Z INPUT 1\nCOMMIT\n' | iptables-legacy-restore
iptables -Z INPUT 1
printf -- '*filter\n:web - [0:0]\n-E web web2\nCOMMIT\n' | iptables-restore
printf -- '*filter\n:web - [0:0]\nCOMMIT\n*filter\n-E web web2\nCOMMIT\n' | iptables-restore
printf -- '*filter\n-N n1\n-E n1 n2\nCOMMIT\n' | iptables-restore -n
iptables -S
