# ebtables-nft: listing formats (-L, --Ln, --Lc, --Lx), save, chain commands, help and version
ebtables -L
ebtables -t nat -L
ebtables -t broute -L
ebtables -A INPUT -p IPv4 -s 00:11:22:33:44:55 -i eth0 -j ACCEPT
ebtables -A INPUT -p ARP -d ff:ff:ff:ff:ff:ff -j DROP
ebtables -A INPUT -p IPv4 --ip-src 10.0.0.1 --ip-dst 10.0.0.0/8 --ip-proto tcp --ip-dport 80 -j CONTINUE
ebtables -A FORWARD --logical-in br0 --logical-out br1 -o eth1 -j RETURN
ebtables -N MYCHAIN
ebtables -A INPUT -j MYCHAIN
ebtables -P FORWARD DROP
ebtables -L
ebtables -L --Ln
ebtables -L --Lc
ebtables -L --Lx
ebtables -L INPUT --Ln --Lc
ebtables-save
ebtables-save -c
ebtables -L MYCHAIN
ebtables -X MYCHAIN; echo rc=$?
ebtables -E MYCHAIN OTHER; ebtables -L
ebtables -D INPUT 1; ebtables -L INPUT
ebtables -F; ebtables -L
ebtables -Z; echo rc=$?
ebtables -A INPUT -p foo; echo rc=$?
ebtables -A NOPE -j ACCEPT; echo rc=$?
ebtables -t nope -L; echo rc=$?
ebtables; echo rc=$?
ebtables -h | head -20
ebtables -V
