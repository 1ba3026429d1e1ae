# curl against a server that listens on IPv4 only: localhost tries 127.0.0.1 then ::1
serve tcp 80
curl -sS http://127.0.0.1/; echo rc=$?
curl -s --http0.9 http://127.0.0.1/; echo rc=$?
curl -sS --http0.9 http://localhost/; echo rc=$?
curl -sS -6 --http0.9 http://localhost/; echo rc=$?
curl -sS -4 --http0.9 http://localhost/; echo rc=$?
curl -sS --http0.9 http://[::ffff:127.0.0.1]/; echo rc=$?
curl -sSv http://localhost:81/; echo rc=$?
curl -sSv -4 http://localhost:81/; echo rc=$?
curl -sSv --ipv6 http://localhost:81/; echo rc=$?
curl -sSv http://[::1]:80/; echo rc=$?
curl -sS -4 http://[::1]/; echo rc=$?
curl -sS -6 http://127.0.0.1/; echo rc=$?
curl -sSv http://[2001:db8::1]:81/; echo rc=$?
curl -sSv --http0.9 http://127.0.0.1:80/index.html; echo rc=$?
curl -sSI http://127.0.0.1/; echo rc=$?
curl -sS -o /tmp/page --http0.9 http://127.0.0.1/; echo rc=$?; cat /tmp/page
curl http://127.0.0.1:81/; echo rc=$?
curl http://[::1]:81/; echo rc=$?
curl -v http://localhost:81/; echo rc=$?
curl -sS http://[::1/; echo rc=$?
iptables -A INPUT -p tcp --dport 80 -j REJECT --reject-with tcp-reset
curl -sSv --http0.9 http://localhost/; echo rc=$?
iptables -A INPUT -p tcp --dport 85 -j REJECT --reject-with icmp-host-prohibited
curl -sSv http://127.0.0.1:85/; echo rc=$?
iptables -L INPUT -v -n -x
