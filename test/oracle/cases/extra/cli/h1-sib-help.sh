iptables -h | head -n 20
iptables --help | tail -n 5
ip6tables -h | head -n 3
iptables -m tcp -h | tail -n 12
iptables -p tcp -h | tail -n 12
iptables -p udp --help | tail -n 8
iptables -p icmp -h | tail -n 45
ip6tables -p ipv6-icmp -h | tail -n 40
iptables -j REJECT -h | tail -n 12
ip6tables -j REJECT -h | tail -n 12
iptables -m conntrack -h | tail -n 20
iptables -m multiport -h | tail -n 10
iptables -m comment -h | tail -n 4
iptables -j LOG -h | tail -n 12
iptables -j DNAT -h | tail -n 8
iptables -j MASQUERADE -h | tail -n 8
iptables -m limit -h | tail -n 6
iptables -m state -h | tail -n 5
iptables -j MARK -h | tail -n 10
iptables -m mark -h | tail -n 4
iptables -m length -h | tail -n 4
iptables -m ttl -h | tail -n 6
iptables -m pkttype -h | tail -n 4
iptables -m tos -h | tail -n 12
iptables -m bogus -h; echo rc=$?
iptables -j bogus -h; echo rc=$?
iptables-save -h; echo rc=$?
iptables-restore -h; echo rc=$?
iptables-legacy -h | head -n 3
