ip link set lo up
ip6tables -A OUTPUT -p tcp --dport 81 -j DROP
curl -sS -m -1 http://[::1]:81/; echo rc=$?
curl -sS --connect-timeout -2 http://[::1]:81/; echo rc=$?
curl -sS -m x http://[::1]:81/; echo rc=$?
curl -sS http://[::1]:81/ -o; echo rc=$?
curl -sS http://[::1]:81/ -m; echo rc=$?
curl -sS http://[::1]:81/ --connect-timeout; echo rc=$?
curl -sS --connect-timeout 2 http://[::1]:81/ 2>/tmp/f4err; echo rc=$?; sed 's/after [0-9]* m/after N m/' /tmp/f4err
curl -sS --connect-timeout 2 -m 1.5 http://[::1]:81/ 2>/tmp/f4err; echo rc=$?; sed 's/after [0-9]* m/after N m/' /tmp/f4err
curl -sS -m 0 --connect-timeout 2 http://[::1]:81/ 2>/tmp/f4err; echo rc=$?; sed 's/after [0-9]* m/after N m/' /tmp/f4err
curl -sS -m 0 http://[::1]:81/; echo rc=$?
ip6tables -L OUTPUT -v -n -x
