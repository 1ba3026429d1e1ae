# x_tables finds a loop (ELOOP) before it checks the extensions of the chains the new jump
# reaches: a user chain that jumps to itself and holds a match its new hook refuses
iptables-legacy -t raw -N B
iptables-legacy -t raw -A B -m owner --uid-owner 0 -j ACCEPT
iptables-legacy -t raw -A B -p tcp -j B
iptables-legacy -t raw -A PREROUTING -j B
iptables-legacy -t raw -A OUTPUT -j B
iptables-legacy -t raw -I PREROUTING -g B
iptables-legacy -t raw -D B 2
iptables-legacy -t raw -A PREROUTING -j B
iptables-legacy -t raw -A OUTPUT -j B
iptables-legacy -t nat -N L
iptables-legacy -t nat -A L -j MASQUERADE
iptables-legacy -t nat -A L -j L
iptables-legacy -t nat -A PREROUTING -j L
iptables-legacy -t nat -R L 2 -j RETURN
iptables-legacy -t nat -A PREROUTING -j L
iptables-legacy -t raw -S
iptables-legacy -t nat -S
