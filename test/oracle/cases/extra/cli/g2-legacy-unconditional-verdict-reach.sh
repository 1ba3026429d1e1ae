# iptables-legacy: x_tables walks each chain only to its first unconditional verdict (mark_source_chains), so a rule or jump placed after '-j DROP' is checked with no hook; deleting or replacing that verdict makes the rest reachable and can be refused
iptables-legacy -t mangle -N u1
iptables-legacy -t mangle -A u1 -m addrtype --dst-type LOCAL --limit-iface-out
iptables-legacy -t mangle -A PREROUTING -j DROP
iptables-legacy -t mangle -A PREROUTING -j u1
iptables-legacy -t mangle -A PREROUTING -m addrtype --dst-type LOCAL --limit-iface-out
iptables-legacy -t mangle -I PREROUTING 1 -j u1
iptables-legacy -t mangle -I PREROUTING 2 -j u1
iptables-legacy -t mangle -D PREROUTING 1
iptables-legacy -t mangle -S PREROUTING
iptables-legacy -t mangle -R PREROUTING 1 -s 1.2.3.4 -j DROP
iptables-legacy -t mangle -R PREROUTING 1 -s 0.0.0.0/0 -j ACCEPT
iptables-legacy -t mangle -S PREROUTING
iptables-legacy -N a
iptables-legacy -N b
iptables-legacy -A a -j RETURN
iptables-legacy -A a -j b
iptables-legacy -A b -j a
iptables-legacy -A INPUT -j a
iptables-legacy -A INPUT -j b
iptables-legacy -S
iptables-legacy -N c
iptables-legacy -A c -m owner --uid-owner 0
iptables-legacy -A INPUT -j c
iptables-legacy -A OUTPUT -j ACCEPT
iptables-legacy -A OUTPUT -j c
iptables-legacy -A OUTPUT -p all -j QUEUE
iptables-legacy -I OUTPUT 1 -j c
iptables-legacy -A FORWARD -j REJECT
iptables-legacy -A FORWARD -j c
iptables-legacy -A FORWARD ! -s 0.0.0.0/0 -j RETURN
iptables-legacy -A FORWARD -j c
iptables-legacy -N d
iptables-legacy -A d -j RETURN
iptables-legacy -A d -j c
iptables-legacy -A INPUT -j d
iptables-legacy -S
iptables-legacy -A INPUT -j QUEUE
iptables-legacy -A INPUT -m limit --limit 1/day
iptables-legacy -A INPUT ! -p udp -m udp --dport 5
iptables-legacy -S INPUT
