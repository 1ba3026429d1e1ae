# wget -P (makes the directory), -o/-a (log to a file), options after the URL, -U
ip netns add a
ip link add v1 type veth peer name v2 netns a
ip addr add 10.0.0.1/24 dev v1
ip link set v1 up
ip -n a addr add 10.0.0.2/24 dev v2
ip -n a link set v2 up
ip -n a link set lo up
ip netns exec a serve tcp 80
wget -q -P /tmp/dl http://10.0.0.2/page.html; echo rc=$?; ls -R /tmp/dl; cat /tmp/dl/page.html
wget -o /tmp/log -O /tmp/o http://10.0.0.2:81/; echo rc=$?; sed 's/^--[0-9: -]*--/--DATE--/' /tmp/log
wget -a /tmp/log -O /tmp/o http://10.0.0.2:82/; echo rc=$?; sed 's/^--[0-9: -]*--/--DATE--/' /tmp/log
wget http://10.0.0.2:81/ -q -O -; echo rc=$?
wget -q -U test -O - http://10.0.0.2/
