iptables-save > /tmp/ok
iptables-apply /tmp/ok
iptables -S
printf '*filter\n-A INPUT -j DROP\nCOMMIT\n' > /tmp/new
iptables-apply -t 1 /tmp/new
iptables -S
printf '*filter\n-A INPUT -j BOGUS\nCOMMIT\n' > /tmp/bad
iptables-apply /tmp/bad
iptables -S
iptables-apply -t 0 /tmp/new
iptables-apply -t -1 /tmp/new
iptables-apply -t 1.5 /tmp/new
iptables-apply --timeout=2 /tmp/new
iptables-apply -w /tmp/saved /tmp/new
cat /tmp/saved
iptables-apply -c 'iptables -A INPUT -j ACCEPT'
echo 'iptables -A INPUT -j ACCEPT' > /tmp/run.sh; chmod +x /tmp/run.sh
iptables-apply -c /tmp/run.sh
iptables -S
iptables-apply -t 1 < /dev/null /tmp/new
echo y | iptables-apply -t 1 /tmp/new
iptables -S
