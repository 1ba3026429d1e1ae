# wget against serve listeners (HTTP/0.9 answers): quiet fetches, files, refused/unreachable/timeout and their exit codes
ip netns add a
ip link add v1 type veth peer name v2 netns a
ip addr add 10.0.0.1/24 dev v1
ip link set v1 up
ip -n a addr add 10.0.0.2/24 dev v2
ip -n a link set v2 up
ip -n a link set lo up
ip netns exec a serve tcp 80
ip netns exec a serve tcp 8080 --name web
wget -q -O - http://10.0.0.2/
wget -qO- 10.0.0.2:8080/status
wget -O - http://10.0.0.2/ 2>/dev/null
wget -O - http://10.0.0.2/ 2>&1 | grep -v -e '^--' -e 'B/s' -e '=0s'
wget -q http://10.0.0.2/; echo rc=$?; ls /tmp
wget -q http://10.0.0.2/; echo rc=$?; ls /tmp
wget -q -O /tmp/page http://10.0.0.2:8080/x; echo rc=$?; cat /tmp/page
wget -q -O - http://10.0.0.2:81/; echo rc=$?
wget -O - http://10.0.0.2:81/ 2>&1 | sed 's/^--[0-9: -]*--/--DATE--/'
wget -q -O - http://192.168.1.1/; echo rc=$?
wget -O - http://192.168.1.1/ 2>&1 | sed 's/^--[0-9: -]*--/--DATE--/'
iptables -A OUTPUT -d 10.0.0.2 -p tcp --dport 8080 -j DROP
wget -q -T 1 -t 1 -O - http://10.0.0.2:8080/; echo rc=$?
wget -T 1 --tries=2 -O - http://10.0.0.2:8080/ 2>&1 | sed 's/^--[0-9: -]*--/--DATE--/'
iptables -F OUTPUT
iptables -A OUTPUT -d 10.0.0.2 -p tcp --dport 8080 -j REJECT --reject-with tcp-reset
wget -t 3 -O - http://10.0.0.2:8080/ 2>&1 | sed 's/^--[0-9: -]*--/--DATE--/'
wget -q -O - http://localhost/; echo rc=$?
wget
wget -z
wget --bogus
wget -q -O - http://10.0.0.2:99999/; echo rc=$?
wget -O - http://10.0.0.2:99999/
wget -q -O /nonexistent/dir/f http://10.0.0.2/; echo rc=$?
wget --version | head -1
