# ebtables-nft: the log watcher (levels, prefix limits, flags, "!" refused by nflog), --pkttype-type and --mark forms, watcher/match print order
ebtables -A INPUT --log -j ACCEPT; echo rc=$?
ebtables -A INPUT --log-prefix "hi there" --log-level info --log-ip -p IPv4 --ip-proto udp -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto udp --log-level 2 --log-arp --log-ip6 -j DROP; echo rc=$?
ebtables -A INPUT --log-level foo -j DROP; echo rc=$?
ebtables -A INPUT ! --log -j DROP; echo rc=$?
ebtables -A INPUT --log-prefix 'a"b' -j DROP; echo rc=$?
ebtables -A INPUT --log-prefix 12345678901234567890123456789012 -j DROP; echo rc=$?
ebtables -A INPUT --log-prefix 1234567890123456789012345678901 -j DROP; echo rc=$?
ebtables -A INPUT --pkttype-type broadcast -j ACCEPT; echo rc=$?
ebtables -A INPUT --mark 0x10/0xff -j ACCEPT; echo rc=$?
ebtables -A INPUT -p 802_1Q --vlan-id 10 -j ACCEPT; echo rc=$?
ebtables -L INPUT
ebtables-save | grep log
ebtables -D INPUT --log -j ACCEPT; echo rc=$?
ebtables -A OUTPUT --pkttype-type ! multicast --mark ! 5 -j DROP; echo rc=$?
ebtables -A OUTPUT --mark /0x10 --pkttype-type 3 -j DROP; echo rc=$?
ebtables -A OUTPUT --mark 0x10/ -j DROP; echo rc=$?
ebtables -A OUTPUT --mark x -j DROP; echo rc=$?
ebtables -A OUTPUT --pkttype-type foo -j DROP; echo rc=$?
ebtables -A OUTPUT --pkttype-type 0x100 -j DROP; echo rc=$?
ebtables -A OUTPUT --pkttype-type 9 --log-level 7 --log-prefix x -j DROP; echo rc=$?
ebtables -A OUTPUT ! --log-ip -j DROP; echo rc=$?
ebtables -A OUTPUT ! --foo -j DROP; echo rc=$?
ebtables -L OUTPUT --Ln
