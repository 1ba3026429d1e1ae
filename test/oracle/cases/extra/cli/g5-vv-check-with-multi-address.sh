iptables -vv -A INPUT -s 1.1.1.1,2.2.2.2 -j DROP
iptables -vv -C INPUT -s 1.1.1.1,2.2.2.2 -j DROP
echo rc=$?
iptables -vv -C INPUT -s 1.1.1.1,3.3.3.3 -j DROP
echo rc=$?
