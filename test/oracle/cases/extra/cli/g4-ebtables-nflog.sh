# ebtables-nft: the nflog watcher (group, prefix, range printed as a signed int, threshold), its errors, next to log and ip
ebtables -A INPUT --nflog -j ACCEPT; echo rc=$?
ebtables -A INPUT --nflog-group 5 --nflog-prefix "a b" --nflog-range 100 --nflog-threshold 3 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto udp --nflog-group 2 -j ACCEPT; echo rc=$?
ebtables -A INPUT --nflog-group 0 -j ACCEPT; echo rc=$?
ebtables -A INPUT --nflog-group x -j ACCEPT; echo rc=$?
ebtables -A INPUT --nflog-threshold 1 -j ACCEPT; echo rc=$?
ebtables -A INPUT --nflog --nflog -j ACCEPT; echo rc=$?
ebtables -A INPUT ! --nflog-group 3 -j ACCEPT; echo rc=$?
ebtables -A INPUT --nflog-prefix 1234567890123456789012345678901234567890123456789012345678901234 -j ACCEPT; echo rc=$?
ebtables -A INPUT --nflog --log -j ACCEPT; echo rc=$?
ebtables -A INPUT --nflog-range 3000000000 -j ACCEPT; echo rc=$?
ebtables -L INPUT
