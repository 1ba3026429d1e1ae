# nf_tables runs an extension's checkentry once, when the rule is added (hook mask 0 in a user
# chain); only static hook lists (owner, DNAT, MASQUERADE...) are checked through jumps.
iptables -t mangle -N u1
iptables -t mangle -A u1 -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A u1 -m addrtype --dst-type LOCAL --limit-iface-out
iptables -t mangle -A u1 -m policy --dir out --pol none
iptables -t mangle -A PREROUTING -j u1
iptables -t mangle -A INPUT -g u1
iptables -t mangle -N u2
iptables -t mangle -A OUTPUT -j u2
iptables -t mangle -A u2 -m addrtype --src-type LOCAL --limit-iface-in
iptables -t mangle -A u2 -m policy --dir in --pol none
iptables -t mangle -A u2 -m physdev --physdev-out eth0
iptables -t mangle -A u2 -m owner --uid-owner 0
iptables -t mangle -A PREROUTING -j u2
iptables -t mangle -A PREROUTING -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -S
iptables -t mangle -L u1 -n
iptables -t nat -N n1
iptables -t nat -A n1 -p tcp -j REDIRECT --to-ports 8080
iptables -t nat -A n1 -m addrtype --dst-type LOCAL --limit-iface-in
iptables -t nat -A POSTROUTING -j n1
iptables -t nat -A OUTPUT -j n1
iptables -t nat -S
iptables-legacy -t mangle -N u1
iptables-legacy -t mangle -A u1 -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables-legacy -t mangle -A PREROUTING -j u1
iptables-legacy -t mangle -A u1 -m policy --dir out --pol none
iptables-legacy -t mangle -S
printf '*mangle\n:u3 - [0:0]\n-A PREROUTING -j u3\n-A u3 -p tcp -j TCPMSS --clamp-mss-to-pmtu\n-A u3 -m policy --dir out --pol none\nCOMMIT\n' | iptables-restore --noflush
iptables -t mangle -S u3
