# -t NAT (a table name in capitals) with -m tcp/udp but no -p: iptables-nft names the table first, the missing -p only once it builds the rule
iptables -t NAT -A PREROUTING -m tcp --dport 80 -j ACCEPT; echo rc=$?
iptables -t Nat -A OUTPUT -p udp -m tcp --dport 25 -j ACCEPT; echo rc=$?
iptables -t NAT -A OUTPUT -p tcp -m udp --dport 53 -j ACCEPT; echo rc=$?
iptables -t NAT -C INPUT -m tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -t nat -A PREROUTING -m tcp --dport 80 -j ACCEPT; echo rc=$?
iptables -A NOPE -m tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -t NAT -A INPUT -o eth0 -m tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -t NAT -A MY -m tcp --dport 22 -j NOPE; echo rc=$?
iptables -t NAT -A INPUT -m tcp --dport 22 -j ACCEPT -m; echo rc=$?
ip6tables -t NAT -A PREROUTING -m tcp --dport 80 -j ACCEPT; echo rc=$?
ip6tables -t Nat -A OUTPUT -p icmpv6 -m udp --dport 53 -j ACCEPT; echo rc=$?
iptables-legacy -t NAT -A PREROUTING -m tcp --dport 80 -j ACCEPT; echo rc=$?
iptables -t NAT -A PREROUTING -m conntrack --ctstate NEW -m tcp --dport 80 -j ACCEPT; echo rc=$?
iptables -t NAT -A PREROUTING -m multiport --dports 80,443 -j ACCEPT; echo rc=$?
iptables-save
