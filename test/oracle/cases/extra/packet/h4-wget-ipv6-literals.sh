# wget to IPv6 literals and with -4/-6 beside an IPv4-only server (ip6tables on lo)
serve tcp 80
wget -q -O - http://[::ffff:127.0.0.1]/; echo rc=$?
wget -q -O - http://[::1]:81/; echo rc=$?
wget -O - http://[::1]:81/ 2>&1 | grep -v '^--' | tail -n 2; echo rc=${PIPESTATUS[0]}
wget -O - http://[2001:db8::1]:81/ 2>&1 | grep -v '^--' | tail -n 2; echo rc=${PIPESTATUS[0]}
wget -O - http://[::1/ 2>&1 | grep -v '^--' | tail -n 2; echo rc=${PIPESTATUS[0]}
wget -O - http://[zz::1]/ 2>&1 | grep -v '^--' | tail -n 2; echo rc=${PIPESTATUS[0]}
wget -4 -O - http://localhost:81/ 2>&1 | grep -v '^--' | tail -n 3; echo rc=${PIPESTATUS[0]}
wget -6 -O - http://localhost:81/ 2>&1 | grep -v '^--' | tail -n 3; echo rc=${PIPESTATUS[0]}
wget --inet6-only -O - http://localhost:81/ 2>&1 | grep -v '^--' | tail -n 3; echo rc=${PIPESTATUS[0]}
wget -6 -O - http://127.0.0.1:81/ 2>&1 | grep -v '^--' | tail -n 3; echo rc=${PIPESTATUS[0]}
wget -4 -O - http://[::1]:81/ 2>&1 | grep -v '^--' | tail -n 3; echo rc=${PIPESTATUS[0]}
ip6tables -A INPUT -p tcp --dport 82 -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -p tcp --dport 83 -j DROP
wget -O - http://[::1]:82/ 2>&1 | grep -v '^--' | tail -n 2; echo rc=${PIPESTATUS[0]}
wget -T 1 -t 1 -O - http://[::1]:83/ 2>&1 | grep -v '^--' | tail -n 3; echo rc=${PIPESTATUS[0]}
ip6tables -L INPUT -v -n -x
