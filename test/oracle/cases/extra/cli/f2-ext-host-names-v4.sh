# iptables extensions resolve host names (conntrack, policy, TEE, TPROXY, NETMAP) and print
# addresses (conntrack) through the machine's /etc/hosts, like -s/-d, not a fixed localhost.
iptables -A INPUT -m conntrack --ctorigsrc 127.0.1.1 --ctorigdst 127.0.0.1
iptables -A INPUT -m conntrack --ctorigsrc vm
iptables -A INPUT -s vm -d runsc
iptables -t nat -A PREROUTING -j DNAT --to-destination vm
iptables -A INPUT -m policy --dir in --pol ipsec --tunnel-src runsc --tunnel-dst 127.0.0.1
iptables -A INPUT -m iprange --src-range vm-vm
iptables -L INPUT
iptables -S
iptables -t mangle -A PREROUTING -j TEE --gateway vm
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip runsc
iptables -t nat -A PREROUTING -j NETMAP --to vm/24
iptables -t mangle -S
iptables -t nat -S
