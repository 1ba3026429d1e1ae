# Extension help: iptables -j NAME -h prints the main help, an empty line, then the target's own.
iptables -j REJECT -h
iptables -j LOG -h
iptables -j SNAT -h
iptables -j DNAT -h
iptables -j MASQUERADE -h
iptables -j REDIRECT -h
iptables -j MARK -h
iptables -j CONNMARK -h
iptables -j TRACE -h
iptables -j CT -h
iptables -j NOTRACK -h
iptables -j TCPMSS -h
iptables -j CLASSIFY -h
iptables -j DSCP -h
iptables -j TOS -h
iptables -j TTL -h
iptables -j NFQUEUE -h
iptables -j NFLOG -h
iptables -j CHECKSUM -h
iptables -j AUDIT -h
iptables -j NETMAP -h
iptables -j TPROXY -h
iptables -j SYNPROXY -h
iptables -j TEE -h
iptables -j ECN -h
iptables -j SET -h
iptables -h
