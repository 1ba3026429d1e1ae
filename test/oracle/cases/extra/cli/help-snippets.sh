iptables -m tcp -h | tail -n 12
iptables -j REJECT -h | tail -n 8
iptables -m conntrack --help | grep -c ct
iptables -j DNAT -h | tail -n 6
