# Targets in user chains: the kernel checks tables at once, hooks when a jump makes the chain
# reachable from a built-in chain, and (under nf_tables) option-dependent hook limits only in
# built-in chains.
iptables -t mangle -N CLAMP
iptables -t mangle -A CLAMP -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A PREROUTING -j CLAMP
iptables -t mangle -A INPUT -p tcp -j CLAMP
iptables -t nat -N MASQ
iptables -t nat -A MASQ -j MASQUERADE
iptables -t nat -A PREROUTING -j MASQ
iptables -t nat -A POSTROUTING -j MASQ
iptables -t nat -N DN
iptables -t nat -A DN -p tcp -j DNAT --to-destination 10.0.0.1:80
iptables -t nat -A OUTPUT -j DN
iptables -t nat -A POSTROUTING -j DN
iptables -t nat -I DN -j SNAT --to-source 1.2.3.4
iptables -N REJ
iptables -A REJ -j REJECT --reject-with tcp-reset
iptables -A REJ -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -j REJ
iptables -t mangle -N REJ2
iptables -t mangle -A REJ2 -j REJECT
iptables -t raw -N NT
iptables -t raw -A NT -j CT --notrack
iptables -t raw -A NT -j NOTRACK
iptables -t raw -A PREROUTING -j NT
iptables -t mangle -N CL
iptables -t mangle -A CL -j CLASSIFY --set-class 1:2
iptables -t mangle -A FORWARD -j CL
iptables -t mangle -A PREROUTING -j CL
iptables -t mangle -N TP
iptables -t mangle -A TP -p tcp -j TPROXY --on-port 3128
iptables -t mangle -A OUTPUT -j TP
iptables -t mangle -A PREROUTING -j TP
iptables-save
