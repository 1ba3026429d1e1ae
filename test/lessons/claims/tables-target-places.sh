# lesson: tables
# claim: DROP is refused in nat; DNAT, MASQUERADE and CT --notrack are refused outside their table and chains (RULE_APPEND failed (Invalid argument)); an unused table still lists its built-in chains.
# shows: The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
# shows: RULE_APPEND failed (Invalid argument): rule in chain INPUT
# shows: RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
# shows: -P PREROUTING ACCEPT
iptables -t raw -S
iptables -t nat -A PREROUTING -p tcp --dport 9 -j DROP
iptables -t nat -P PREROUTING DROP
iptables -t nat -A INPUT -j DNAT --to-destination 10.0.0.1
iptables -A INPUT -j DNAT --to-destination 10.0.0.1
iptables -t nat -A OUTPUT -p tcp -j DNAT --to-destination 10.0.0.1
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -j SNAT --to-source 10.0.0.1
iptables -t nat -A INPUT -j SNAT --to-source 10.0.0.1
iptables -t nat -A PREROUTING -j SNAT --to-source 10.0.0.1
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080
iptables -t mangle -A PREROUTING -j CT --notrack
iptables -t raw -A PREROUTING -j CT --notrack
iptables -t nat -S
iptables -t raw -S
