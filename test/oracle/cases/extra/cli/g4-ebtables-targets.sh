# ebtables-nft target extensions: dnat, snat (--snat-arp), redirect, mark with their verdicts, final checks, where the kernel takes them, and target options given as watchers
ebtables -t nat -A PREROUTING -d 00:11:22:33:44:55 -j dnat --to-destination 54:44:33:22:11:00; echo rc=$?
ebtables -t nat -A PREROUTING -j dnat --to-dst 0:1:2:3:4:5 --dnat-target CONTINUE; echo rc=$?
ebtables -t nat -A PREROUTING -j dnat; echo rc=$?
ebtables -t nat -A PREROUTING -j dnat --to-dst 1:2:3 ; echo rc=$?
ebtables -t nat -A PREROUTING -j dnat --to-dst 0:1:2:3:4:5 --dnat-target FOO; echo rc=$?
ebtables -t nat -A POSTROUTING -j dnat --to-dst 0:1:2:3:4:5; echo rc=$?
ebtables -A INPUT -j dnat --to-dst 0:1:2:3:4:5; echo rc=$?
ebtables -t nat -A POSTROUTING -s 0:1:2:3:4:5 -j snat --to-source 0:a:b:c:d:e --snat-arp --snat-target DROP; echo rc=$?
ebtables -t nat -A POSTROUTING -j snat --to-src 0:a:b:c:d:e; echo rc=$?
ebtables -t nat -A PREROUTING -j snat --to-src 0:a:b:c:d:e; echo rc=$?
ebtables -t nat -A PREROUTING -p IPv4 -j redirect; echo rc=$?
ebtables -t nat -A PREROUTING -p IPv4 -j redirect --redirect-target DROP; echo rc=$?
ebtables -t nat -A OUTPUT -j redirect; echo rc=$?
ebtables -A FORWARD -j mark --mark-set 0x10; echo rc=$?
ebtables -A FORWARD -j mark --set-mark 5 --mark-target CONTINUE; echo rc=$?
ebtables -A FORWARD -j mark --mark-or 0x1 --mark-target RETURN; echo rc=$?
ebtables -A FORWARD -j mark; echo rc=$?
ebtables -A FORWARD -j mark --mark-set 1 --mark-or 2; echo rc=$?
ebtables -A FORWARD --to-dst 0:1:2:3:4:5 -j ACCEPT; echo rc=$?
ebtables -A FORWARD -j ACCEPT --to-dst 0:1:2:3:4:5; echo rc=$?
ebtables -A FORWARD -j FOO --mark-set 1; echo rc=$?
ebtables -t nat -L
ebtables -L FORWARD
ebtables-save | grep -- -j
ebtables -t nat -D PREROUTING -j dnat --to-dst 00:01:02:03:04:05 --dnat-target CONTINUE; echo rc=$?
