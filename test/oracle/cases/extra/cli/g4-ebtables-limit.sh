# ebtables-nft: the limit match (rate units by prefix, rounding when printed, burst, errors, no "!")
ebtables -A INPUT --limit 5/s -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit 100/minute --limit-burst 20 -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit-burst 7 -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit 7/h -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit 3/day -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit 13 -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit 3000/sec -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit 20000/sec -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit 5/seconds -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit 0/s -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit 5/ -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit-burst 10001 -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit 1/s --limit 2/s -j ACCEPT; echo rc=$?
ebtables -A INPUT --limit ! 1/s -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --limit 1/s --ip-proto tcp --log -j ACCEPT; echo rc=$?
ebtables -L INPUT
