# wget options guides use: -O /dev/null, --spider, -nv, -S, --timeout shorter than the server's close (read error, killed)
ip netns add a
ip link add v1 type veth peer name v2 netns a
ip addr add 10.0.0.1/24 dev v1
ip link set v1 up
ip -n a addr add 10.0.0.2/24 dev v2
ip -n a link set v2 up
ip -n a link set lo up
ip netns exec a serve tcp 80
wget -q -O /dev/null http://10.0.0.2/; echo rc=$?
wget -q --spider http://10.0.0.2/; echo rc=$?
wget --spider http://10.0.0.2/ 2>&1 | sed 's/^--[0-9: -]*--/--DATE--/'
wget -qS -O - http://10.0.0.2/
wget -nv -O /tmp/z http://10.0.0.2/ 2>&1 | sed 's/^[0-9: -]*[0-9] URL/DATE URL/'
cat /tmp/z
wget -nv -O - http://10.0.0.2:81/; echo rc=$?
wget -q --spider http://10.0.0.2:81/; echo rc=$?
wget -q --timeout=2 -O- http://10.0.0.2/
wget -q -T 1 -O - http://10.0.0.2/
ip netns exec a iptables -A INPUT -p tcp --dport 80 -j REJECT
wget -q -O - http://10.0.0.2/; echo rc=$?
wget -O - http://10.0.0.2/ 2>&1 | sed 's/^--[0-9: -]*--/--DATE--/'
ip netns exec a iptables -R INPUT 1 -p tcp --dport 80 -j REJECT --reject-with icmp-host-prohibited
wget -O - http://10.0.0.2/ 2>&1 | sed 's/^--[0-9: -]*--/--DATE--/'
wget -O - http://10.0.0.7/ 2>&1 | sed 's/^--[0-9: -]*--/--DATE--/'
