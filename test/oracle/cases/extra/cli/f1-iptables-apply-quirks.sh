iptables-apply --timeout=2
iptables-apply --time 2 /tmp/x
iptables-apply -t5 /tmp/x
iptables-apply /tmp/x -t 1
iptables-apply -x -y --bogus
iptables-apply --timeout
iptables-apply --t 1 /tmp/x
iptables-apply --co /tmp/x
iptables-apply -t '' /tmp/x
iptables-apply -t +3 /tmp/x
iptables-apply -t ' 3' /tmp/x
iptables-apply -w '' -t 1 /tmp/x
iptables-apply -t x -h
iptables-apply -- -t 1
iptables-apply -c -t 1 /tmp/x
printf '*filter\n-A INPUT -j DROP\nCOMMIT\n' > /tmp/new
echo y | iptables-apply -t 0 /tmp/new
echo n | iptables-apply /tmp/new
echo | iptables-apply /tmp/new
printf 'Yes\n' | iptables-apply -w /tmp/saved /tmp/new
cat /tmp/saved | grep -v '^#'
printf 'y' | iptables-apply -w '' /tmp/new
iptables-legacy -A INPUT -j ACCEPT
echo y | iptables-apply /tmp/new
iptables -S
echo 'iptables -A INPUT -j ACCEPT; echo ran; echo err >&2; exit 3' > /tmp/run.sh; chmod +x /tmp/run.sh
iptables-apply -c /tmp/run.sh
iptables -S
echo y | ip6tables-apply /tmp/new
ip6tables -S
